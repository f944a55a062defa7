# Building text: join, repetition, alignment and a simple table.
rows = [("name", "qty"), ("apple", 3), ("kiwi", 12)]
width = max(len(str(r[0])) for r in rows)
lines = [f"{str(a).ljust(width)} | {str(b).rjust(3)}" for a, b in rows]
lines.insert(1, "-" * width + "-+-" + "-" * 3)
print("\n".join(lines))
print(", ".join(f"{k}={v}" for k, v in {"a": 1, "b": 2}.items()))
s = ""
for i in range(5):
    s += str(i) * i
print(s, len(s), s.count("4"))
print("=" * 20)
print("|{:^18}|".format("centered"))
