# want-exit: 1
# want-stderr: \nRecursionError: maximum recursion depth exceeded\n$
def g():
    yield from g()
list(g())
