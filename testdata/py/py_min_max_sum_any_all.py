# Aggregating builtins with keys and defaults.
scores = {"ann": 82, "bob": 95, "cid": 78}
print(max(scores), max(scores, key=scores.get), min(scores.values()))
print(max([], default="none"), min(3, 1, 2), max("abc", "b", key=len))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []))
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]))
print(sum(x > 80 for x in scores.values()))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
