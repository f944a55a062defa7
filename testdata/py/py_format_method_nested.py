# str.format with nested fields, indices and attribute access.
class P:
    def __init__(self):
        self.name = "ada"
        self.langs = ["py", "go"]


p = P()
print("{0.name} knows {0.langs[1]}".format(p))
print("{:>{w}}|{:<{w}}|".format("r", "l", w=5))
print("{:{fill}^{n}}".format("mid", fill="*", n=9))
print("{!r:>8}|{:08.3f}|{:+d}".format("s", 3.14159, 5))
print("{a[0]}-{a[1]}-{b}".format(a=(1, 2), b={"k": 3}))
print("{{}} {} {}".format(*"xy"))
