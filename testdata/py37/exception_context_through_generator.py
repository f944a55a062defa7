# An exception raised inside a generator or coroutine that handles none
# gets, as its __context__, the one its caller is handling.
def g():
    yield 1
    raise ValueError("in gen")

it = g()
next(it)
try:
    raise KeyError("outer")
except KeyError:
    try:
        next(it)
    except ValueError as e:
        print(repr(e.__context__))

async def c():
    try:
        raise OSError("x")
    except OSError as e:
        return e
try:
    raise KeyError("outer2")
except KeyError:
    co = c()
    try:
        co.send(None)
    except StopIteration as s:
        print(repr(s.value.__context__))
