def check(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)


def takes_one(a):
    pass


class K:
    def m(self, x):
        pass


check(lambda: takes_one())
check(lambda: takes_one(1, 2))
check(lambda: takes_one(b=2))
check(lambda: takes_one(1, a=2))
check(lambda: K().m())
check(lambda: K().m(1, 2))
check(lambda: K().nope)
check(lambda: K.nope)
check(lambda: [].nope)
check(lambda: 1 + "a")
check(lambda: "a" - 1)
check(lambda: [1] * "x")
check(lambda: 1 < "x")
check(lambda: {}[[1]])
check(lambda: (1, 2)[5])
check(lambda: "abc"[10])
check(lambda: int("1.5"))
check(lambda: float("abc"))
check(lambda: [].pop())
check(lambda: {}.popitem())
check(lambda: [1, 2].index(3))
check(lambda: "abc".index("z"))
check(lambda: next(iter([])))
nothing = None
check(lambda: nothing())
check(lambda: iter(5))
check(lambda: len(5))
check(lambda: abs("x"))
check(lambda: -"x")
check(lambda: max([]))
check(lambda: 10 % 0)
check(lambda: 10.0 / 0)
check(lambda: 2 ** -1 / 0)
check(lambda: hash([]))
check(lambda: sorted([1, "a"]))
check(lambda: dict([1, 2]))
check(lambda: print(unknown_thing))
check(lambda: (lambda a, b=1, *, c: 0)(1))
check(lambda: (lambda *, c: 0)(1, c=2))
check(lambda: K(1))
check(lambda: object().x)
check(lambda: setattr(1, "x", 2))
check(lambda: int(None))
check(lambda: "x".join([1]))
check(lambda: "{} {}".format(1))
check(lambda: "%d" % "x")
check(lambda: "%s %s" % (1,))
check(lambda: range(1.5))
check(lambda: [1, 2, 3][1:2:0])
check(lambda: chr(-1))
check(lambda: ord("ab"))
check(lambda: list(1))
check(lambda: tuple(None))
check(lambda: isinstance(1, 2))


def unbound():
    print(x)
    x = 1


check(unbound)


def rec(n):
    return rec(n + 1)


check(lambda: rec(0))
a, b = 1, 2
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
lenght = 3
try:
    print(lengt)
except NameError as e:
    print(e)
