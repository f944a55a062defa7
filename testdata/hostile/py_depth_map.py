# want-exit: 1
# want-stderr: \nRecursionError: maximum recursion depth exceeded
def f(x):
    return list(map(f, [x]))
f(1)
