# enumerate, zip, reversed, range and iter/next.
names = ["ann", "bob", "cid"]
ages = [31, 25, 40, 99]
for i, (n, a) in enumerate(zip(names, ages), start=1):
    print(i, n, a)
print(list(zip(names, ages, "xyz")), list(zip()))
print(list(reversed(names)), list(reversed(range(5))), list(range(10, 0, -3)))
print(list(enumerate("ab")), dict(enumerate("ab")))
it = iter([1, 2])
print(next(it), next(it), next(it, "exhausted"))
print(list(zip(*[(1, "a"), (2, "b")])))
print(len(range(0, 100, 7)), range(5)[-1], 3 in range(5), list(range(-2, 2)))
