x = [1, 2]
x.append(x)
print(x, {1: {2: {}}}, [[]] * 2, (1, (2, (3,))))
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
d["b"] = 4
print(d, list(d.items())[-1], {**d}, d == {"c": 3, "a": 1, "b": 4})
print(1 if [] else 2, not None, None is None, [] is [], 3 in {3: 0}, "" or "default", 0 and 1, [] or {} or 5)
a = b = []
a.append(1)
print(a, b, a is b, id(a) == id(b))
print(*[1, 2, 3], sep=", ", end="!\n")
print(f"{'a'!r:>5}|{12.5:>+8.2f}|{-0.0}|{1e-7}|{123456789012345678901234567890}|{2**0.5:.10f}")
print("%.3s|%5.1e|%-8r|" % ("abcdef", 12345.6789, "q"), "%i" % 3.7, "%x" % 255, "%#o" % 8)
print(str(1.0e16), str(123456789.0), 1/7, 2/3*3, 10/4, -7/2, 7//-2, round(-0.5), round(1.5), int("-0"), float("1e500"))
print(sorted([3, 1, 2], reverse=True), sorted("bca"), sorted([(1, "b"), (1, "a")], key=lambda t: t[0]))
s = "ünïcödé ☃"
print(len(s), s.upper(), s[1:4], s[::-1], s.encode()[:5], repr(s), s.find("ö"), s.center(13, "·"))
class A:
    x = 1
    def __init__(self):
        self.y = 2
a = A()
A.x = 10
print(a.x, a.y, A.x, vars(a), hasattr(A, "y"), getattr(a, "x"))
a.x = 5
print(a.x, A.x)
del a.x
print(a.x)
def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("exit seen")
        raise
g = gen(); next(g); g.close(); print("closed")
try:
    g.send(None)
except StopIteration:
    print("stopped")
def f(a, b, /, c, *, d): return (a, b, c, d)
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print(e)
nums = [1, 2, 3, 4, 5, 6]
print(nums[::2], nums[1::2], nums[-2:], nums[:-2], nums[::-2], nums[10:], nums[-100:2])
nums[::2] = [0, 0, 0]
print(nums)
print(list(map(lambda x, y: x * y, [1, 2], [3, 4])), list(zip(*[(1, 2), (3, 4)])), dict(enumerate("ab")))
print(max({"a": 3, "b": 5}, key=lambda k: {"a": 3, "b": 5}[k]), min(3, 1, key=lambda v: -v), sum([[1], [2]], []))
print(type(None).__name__, type(print).__name__, type(len), type(A), type(a), type(type))
print(int.__name__, str(int), repr(str), isinstance(3, (str, int)), issubclass(bool, (int,)))
print(bool(0.0), bool("0"), bool([0]), bool(range(0)), float(True), int(False), str(None), complex if False else "nocomplex")
print(divmod(7.5, 2), 7.5 // 2, 2 ** 10 ** 2 > 0, abs(-0.0), -(-3), +True, ~True)
print([i for i in range(3)][::-1], {i: i**2 for i in range(3)}, {i % 2 for i in range(5)}, tuple(i for i in "ab"))
class Temp:
    def __init__(self): self._c = 0
    celsius = property(lambda self: self._c, lambda self, v: setattr(self, "_c", v))
t = Temp(); t.celsius = 30; print(t.celsius)
print("a,b;c".replace(";", ",").split(","), "  x  ".lstrip(), "x".rjust(3, "0"), "Hello"[1:-1], "abc".index("c"))
print(hash("abc") == hash("abc"), {(1, 2): 3}.get((1, 2)), {frozenset([1]): "fs"}[frozenset([1])])
print(pow(2, -1, 7), pow(3, 4, 5), pow(38, -1, 97), "ab".isascii(), "é".isascii(), "Hello World".istitle(), "hello World".istitle(), "{a}-{b}".format_map({"a": 1, "b": 2}))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
x = 1
try:
    x += "a"
except TypeError as e:
    print(e)
l = [1]
try:
    l -= [1]
except TypeError as e:
    print(e)
