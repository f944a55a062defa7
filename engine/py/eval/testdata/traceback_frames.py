class A:
    def m(self):
        return [self.g(x) for x in range(2)]
    def g(self, x):
        f = lambda: 1 / 0
        return f()
def outer():
    def inner():
        return sum(A().m() for _ in range(1))
    return inner()
outer()
