# want-exit: 1
# want-stderr: \nRecursionError: maximum recursion depth exceeded while getting the repr of an object\n$
x = []
for i in range(100000):
    x = [x]
print(x)
