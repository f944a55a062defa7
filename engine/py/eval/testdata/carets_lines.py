# Errors inside statements that span lines: the traceback names the line
# of the raising expression and underlines it there (an attribute spread
# over lines only by its name).
import traceback
def show(f):
    try:
        f()
    except Exception:
        traceback.print_exc()
def bad(x=None):
    raise ValueError("bad")
def a():
    x = [1,
         bad()]
def b():
    return (1 +
            "s")
def c():
    d = {"k": 1}
    return (d
            ["z"])
def e():
    return dict(a=1,
                b=bad())
def g():
    s = "x"
    return (s
            .nope())
def h():
    if (1 and
            bad()):
        pass
for f in [a, b, c, e, g, h]:
    show(f)
