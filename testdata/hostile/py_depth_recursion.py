# want-exit: 1
# want-stderr: \nRecursionError: maximum recursion depth exceeded\n$
def f(n):
    return f(n + 1)
f(0)
