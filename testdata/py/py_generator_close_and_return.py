# A generator's finally runs on close(); return values flow through
# yield from.
def worker():
    try:
        while True:
            yield "working"
    finally:
        print("worker finally")


def inner():
    yield 1
    yield 2
    return "inner result"


def outer():
    result = yield from inner()
    print("yield from returned", result)
    yield 3


w = worker()
print(next(w), next(w))
w.close()
print(list(outer()))
g = (x for x in range(3))
print(next(g), list(g))
