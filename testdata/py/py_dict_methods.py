# Common dict methods; dicts keep insertion order.
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("d", 4), d.setdefault("a", 100), d)
print(d.pop("b"), d.pop("zz", "none"), d)
d.update({"a": 10, "e": 5}, f=6)
print(d)
print(d.popitem(), d)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(dict(zip("xyz", range(3))), dict(a=1), dict([("k", "v")]))
print({**d, "a": 0} == d, len(d), "a" in d, 10 in d)
merged = d | {"new": 1}
print(merged)
for k, v in sorted(d.items(), key=lambda kv: kv[1], reverse=True):
    print(k, v)
