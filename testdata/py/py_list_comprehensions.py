# List comprehensions with conditions and nesting.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == len(row) - 1])
print([[row[i] for row in matrix] for i in range(3)])
print([x * y for x in range(1, 4) for y in range(1, 4) if x != y])
print([n if n % 2 else -n for n in range(6)])
words = ["apple", "Banana", "cherry", "date"]
print([w.lower() for w in words if len(w) > 4])
flat = [x for row in matrix for x in row]
print(flat, sum(flat))
