# An error while evaluating or applying a decorator is reported at the
# decorator's line.
import traceback


def deco(f):
    return f


def bad(f):
    raise ValueError("bad decorator")


try:
    @deco
    @undefined_name
    def f():
        pass
except NameError:
    traceback.print_exc()


@deco
@bad
@deco
class C:
    pass
