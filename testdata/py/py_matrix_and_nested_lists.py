# Nested lists: transpose, multiply, and the shared-row pitfall.
a = [[1, 2], [3, 4], [5, 6]]
b = [[7, 8, 9], [10, 11, 12]]
t = [list(row) for row in zip(*a)]
print(t)
prod = [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
for row in prod:
    print(" ".join(f"{v:4d}" for v in row))
shared = [[0] * 3] * 2
shared[0][0] = 1
separate = [[0] * 3 for _ in range(2)]
separate[0][0] = 1
print(shared, separate)
