# want-exit: 1
# want-stderr: \nRecursionError: maximum recursion depth exceeded in comparison\n$
a, b = [1], [2]
for i in range(100000):
    a, b = [a], [b]
print(a < b)
