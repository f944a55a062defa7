# An augmented assignment whose right side is a tree of int operations
# (kept unboxed) raising inside the tree: the traceback's caret line
# underlines the operation that raised, inside a function.
def total(n):
    t = 0
    for i in range(n):
        t += i * 1000 // (3 - i) + 2**62 * i
        print(i, t)
    return t


total(5)
