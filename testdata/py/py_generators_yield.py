# Generator functions: yield, return, send-free iteration, yield from.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(countdown(5)))
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
f = fib()
print([next(f) for _ in range(12)])
print(list(chain("ab", [1, 2], range(3))))
