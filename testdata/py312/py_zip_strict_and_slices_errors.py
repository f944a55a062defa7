# zip(strict=True) and extended-slice assignment errors.
print(list(zip([1, 2], "ab", strict=True)))
xs = [0, 1, 2, 3, 4, 5]
xs[::2] = ["a", "b", "c"]
print(xs)
try:
    xs[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1, 2, 3], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip(range(3), range(10))))
list(zip("ab", "abc", strict=True))
