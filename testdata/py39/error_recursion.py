# Unbounded recursion ends with RecursionError.
def depth(n):
    return depth(n + 1) + 1


def safe_depth(n):
    if n == 0:
        return 0
    return 1 + safe_depth(n - 1)


print(safe_depth(500))
depth(0)
