# RecursionError in 3.7.
def down(n):
    return down(n + 1)


down(0)
