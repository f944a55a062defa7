def count(n):
    i = 0
    while i < n:
        got = yield i
        if got:
            print("got", got)
        i += 1
    return "finished"


g = count(3)
print(next(g), g.send("hello"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)


def delegate():
    r = yield from count(2)
    print("delegate got", r)
    yield from [10, 20]


print(list(delegate()))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(10)])
gen = (x * 2 for x in range(5) if x != 2)
print(type(gen).__name__, list(gen), list(gen))


def closer():
    try:
        yield 1
        yield 2
    finally:
        print("closed")


c = closer()
print(next(c))
c.close()


def thrower():
    try:
        yield 1
    except ValueError as e:
        print("caught in gen", e)
        yield "recovered"


t = thrower()
next(t)
print(t.throw(ValueError("boom")))


def make_counter():
    count = 0

    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc


inc = make_counter()
print(inc(), inc(5), inc())
funcs = [lambda x, i=i: x + i for i in range(3)]
print([fn(10) for fn in funcs])
total = 0


def add_global(n):
    global total
    total += n


add_global(3)
add_global(4)
print(total)


def scopes():
    x = "local"

    def show():
        return x
    x = "changed"
    return show()


print(scopes(), sorted(k for k in {"b": 1, "a": 2}), sum(i for i in range(101)))
if (n := len("walrus")) > 3:
    print("walrus", n)
print([y for x in range(5) if (y := x * x) > 4], y)


def kwonly(a, /, b, *, c=3, **rest):
    return a, b, c, rest


print(kwonly(1, 2), kwonly(1, b=5, c=6, d=7), kwonly(*[1, 2], **{"c": 9}))


def varargs(*args, sep="-"):
    return sep.join(map(str, args))


print(varargs(1, 2, 3), varargs(sep="+"), varargs(*range(4), sep=""))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "default"))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(4)), [x for x in Countdown(2)], dict(zip("abc", Countdown(3))))
