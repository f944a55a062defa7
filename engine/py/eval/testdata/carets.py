# Caret lines under traceback source lines, as CPython 3.11 draws them:
# operator and bracket anchors, multi-line expressions, comments after the
# expression, and lines with non-ASCII and wide characters.
import traceback


def show(f):
    try:
        f()
    except Exception:
        traceback.print_exc()


def add(a, b):
    return (a) + (b)  # a comment


def power():
    base = None
    return 2 ** base


def floor_div():
    n = 0
    return 10 // n


def nested_subscript():
    d = {"a": {}}
    return d["a"]["b"]


def accented():
    return "é" + 1


def accented_right():
    return 1 + "é"


def wide_subscript():
    d = {"日本": 1}; return d["鍵"]


def wide_call():
    return len(5, "日本語")


def multi_line():
    return add(1,
               "two")


def attribute():
    word = "héllo"
    return word.missing


def method():
    word = "日本"
    return word.nope(1)


def whole_line():
    add(1, "x")


def compare():
    x = "a"
    if x < 1:
        pass


def unbound():
    total += 1
    total = 0


def names():
    print(undefined_thing)


show(lambda: add(1, "x"))
show(power)
show(floor_div)
show(nested_subscript)
show(accented)
show(accented_right)
show(wide_subscript)
show(wide_call)
show(multi_line)
show(attribute)
show(method)
show(whole_line)
show(compare)
show(unbound)
show(names)
show(lambda: [1, 2][3])
print("ça" + 1)
