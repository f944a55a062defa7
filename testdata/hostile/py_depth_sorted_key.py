# want-exit: 1
# want-stderr: \nRecursionError: maximum recursion depth exceeded( while calling a Python object)?\n$
# Recursion that passes through a native call (sorted's key).
def key(x):
    return sorted([x], key=key)
key(1)
