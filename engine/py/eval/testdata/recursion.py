import sys

depth = 0


def f(n):
    global depth
    depth = n
    f(n + 1)


try:
    f(1)
except RecursionError as e:
    print("max depth", depth, e)


class A:
    def __repr__(self):
        return repr(self)


try:
    repr(A())
except RecursionError as e:
    print(e)
print(sys.getrecursionlimit())
sys.setrecursionlimit(50)
try:
    f(1)
except RecursionError as e:
    print("max depth", depth, e)
sys.setrecursionlimit(1000)


def h(n):
    return h(n + 1)


h(0)
