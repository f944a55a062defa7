l = [3, 1, 2]
l.append(5); l.extend([9, 0]); l.insert(1, 7); l.remove(9)
print(l, l.pop(), l.pop(0), l, l.index(2), l.count(1), sorted(l), sorted(l, reverse=True), l[::-1])
l.sort(key=lambda x: -x); print(l, len(l), 2 in l, [] == [], [1, [2]] == [1, [2]], [1, 2] < [1, 3])
l[1:3] = ["a", "b", "c"]; print(l); del l[0]; print(l); del l[::2]; print(l)
t = (1, "two", 3.0)
print(t, t[1], t[-1:], len(t), t + (4,), t * 2, (1,), (), tuple([1, 2]), t.index("two"), t.count(1))
a, *rest = [1, 2, 3, 4]; x, (y, z) = 1, (2, 3); p, q = q, p = 5, 6
print(a, rest, x, y, z, p, q)
d = {"b": 1, "a": 2}
d["c"] = 3; d.update(x=9); d.setdefault("a", 100); d.setdefault("z", [])
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()), d.get("q"), d.get("q", 0), "a" in d, len(d))
print(d.pop("b"), d.pop("nope", "dflt"), d, {k: v for k, v in d.items() if k != "z"}, dict(a=1, b=2), dict([("x", 1)]))
print({1: "a", 1.0: "b", True: "c"}, {(1, 2): "t"}[(1, 2)], dict.fromkeys("ab", 0), {**d, "new": 1} == d | {"new": 1})
del d["a"]; print(d, d.popitem(), d)
s = {3, 1, 2, 3}
s.add(10); s.discard(1); s.discard(99)
print(s, len(s), 2 in s, s | {7}, s & {2, 3}, s - {2}, s ^ {2, 8}, {1, 2} <= {1, 2, 3}, set(), set([5, 4, 5]), frozenset([1]))
print({x % 5 for x in range(20)}, sorted({"b", "a"}), {100, 5, 33, 8, 64, 17}, set(range(10, 0, -1)))
print([x * x for x in range(5) if x % 2 == 0], [(i, j) for i in range(3) for j in range(i)], list(map(str, [1, 2])), list(filter(None, [0, 1, 2])))
print(list(zip("ab", [1, 2, 3])), list(enumerate("xy", 1)), any([]), all([]), any(x > 2 for x in [1, 3]), max("abc"), min([], default=0))
print(list(range(10))[2:8:2], list(range(5, 0, -2)), range(3), len(range(0, 10, 3)), 5 in range(10), range(10)[-1], list(reversed(range(3))))
matrix = [[1, 2], [3, 4]]
print([row[:] for row in matrix], [[r[i] for r in matrix] for i in range(2)], sum(sum(r) for r in matrix), sorted([(2, "b"), (1, "z"), (2, "a")]))
print(sorted(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len), sorted({3: 1, 1: 2}), list(dict(b=1, a=2)), [1, 2, 3][-2])
