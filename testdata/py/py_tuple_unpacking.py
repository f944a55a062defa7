# Tuple unpacking, swaps, nested patterns and starred targets.
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (3, 4), 5
print(x, y, z)
first, *middle, last = range(6)
print(first, middle, last)
head, *tail = "abc"
print(head, tail)
*init, end = [1]
print(init, end)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
point = 7, 8
print(type(point).__name__, point, len(point))
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print("ValueError:", e)
