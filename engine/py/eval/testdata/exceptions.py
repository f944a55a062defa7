class AppError(Exception):
    def __init__(self, code, msg="app failed"):
        super().__init__(msg)
        self.code = code


class NotFound(AppError):
    pass


def risky(n):
    if n == 0:
        raise NotFound(404, "no such item")
    if n == 1:
        return 1 / 0
    if n == 2:
        return {}["missing"]
    if n == 3:
        return [1][5]
    if n == 4:
        return int("x")
    if n == 5:
        return undefined_name
    if n == 6:
        return None.attr
    if n == 7:
        return len(5)
    if n == 8:
        return "a" + 1
    if n == 9:
        raise ExceptionGroup("grp", [ValueError(1), TypeError(2)])
    return n


for i in range(11):
    try:
        print(i, risky(i))
    except AppError as e:
        print(i, "AppError", e.code, e, repr(e), e.args, isinstance(e, Exception))
    except (ZeroDivisionError, KeyError) as e:
        print(i, type(e).__name__, e, repr(e))
    except ExceptionGroup as eg:
        try:
            raise eg
        except* ValueError as g1:
            print(i, "group ValueError", g1.exceptions)
        except* TypeError as g2:
            print(i, "group TypeError", repr(g2))
    except Exception as e:
        print(i, type(e).__name__, e)
    else:
        print(i, "no error")
    finally:
        print(i, "finally")


def f():
    try:
        return "try"
    finally:
        print("in finally")


print(f())


def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("cleanup", i)
    return i


print(g())
try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise RuntimeError("outer")
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
eg = ExceptionGroup("many", [ValueError("a"), KeyError("b"), ExceptionGroup("sub", [ValueError("c")])])
m, r = eg.split(ValueError)
print(repr(m), repr(r), repr(eg.subgroup(KeyError)), str(eg))
e = ValueError("with note")
e.add_note("note 1")
print(e.__notes__, BaseExceptionGroup("x", [KeyboardInterrupt()]).__class__.__name__)
try:
    raise
except RuntimeError as e:
    print("bare raise:", e)
assert True, "fine"
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)
print(repr(StopIteration(5).value), SystemExit(3).code, KeyError("k"), str(KeyError()), OSError(2, "gone"))
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)


def outer():
    try:
        inner()
    except ZeroDivisionError as err:
        raise ValueError("wrapped") from err


def inner():
    x = 10
    return x / 0


try:
    outer()
finally:
    print("done")


