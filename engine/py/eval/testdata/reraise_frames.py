def f():
    try:
        1 / 0
    except Exception as e:
        return e


err = f()


def g():
    raise err


def h():
    g()


try:
    h()
except ZeroDivisionError as e:
    import traceback
    traceback.print_exc()


def rec(n):
    if n == 0:
        raise ValueError("bottom")
    return rec(n - 1)


for i in range(3):
    try:
        rec(i)
    except ValueError:
        traceback.print_exc()
h()
