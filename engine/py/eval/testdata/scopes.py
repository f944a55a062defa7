x = "global"
class C:
    x = "class"
    y = [x for _ in range(1)]
    z = (lambda: x)()
    def m(self):
        return x
print(C.y, C.z, C().m())
def outer():
    x = "outer"
    class D:
        x = "D"
        def m(self):
            return x
        w = x
    return D().m(), D.w
print(outer())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
i, g = counter()
i(); i()
print(g())
fs = []
for k in range(3):
    fs.append(lambda: k)
print([f() for f in fs])
def shadow():
    try:
        print(len)
    finally:
        pass
    len = 5
try:
    shadow()
except UnboundLocalError as e:
    print(e)
def gen_scope():
    v = 10
    return list(v + j for j in range(2))
print(gen_scope())
a = 1
def f1():
    global a
    a += 1
    def f2():
        global a
        return a * 10
    return f2()
print(f1(), a)
def deco(n):
    def wrap(fn):
        def inner(*args):
            return fn(*args) * n
        return inner
    return wrap
@deco(3)
@deco(2)
def val(x):
    return x
print(val(7))
del a
try:
    print(a)
except NameError as e:
    print(e)
