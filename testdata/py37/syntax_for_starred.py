# Starred items in the iterable of a for loop came in 3.9.
a, b = [1, 2], [3]
for x in *a, *b:
    print(x)
