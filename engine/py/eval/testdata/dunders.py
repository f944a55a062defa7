class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.v)
    def __iadd__(self, o): self.v += 10 * (o.v if isinstance(o, V) else o); return self
    def __neg__(self): return V(-self.v)
    def __mul__(self, o): return NotImplemented
    def __rmul__(self, o): return V(self.v * o)
    def __index__(self): return self.v
    def __int__(self): return self.v
    def __float__(self): return float(self.v)
    def __repr__(self): return f"V({self.v})"
    def __format__(self, spec): return f"<{format(self.v, spec)}>"
    def __len__(self): return self.v
    def __reversed__(self): return iter(["r"])
    def __round__(self, n=None): return "rounded"
    def __abs__(self): return "abs"
    def __truediv__(self, o): return "div"
    def __lt__(self, o): return self.v < o.v
a = V(2)
print(a + 1, 1 + a, -a, 3 * a, sum([V(1), V(2)]), [1, 2, 3][V(1)], int(a), float(a), f"{a:>4}", len(a), bool(V(0)))
a += 1
print(a, list(reversed(a)), round(a), abs(a), a / 2, sorted([V(3), V(1)]), max(V(3), V(5)), hex(V(255)), range(10)[V(2)])
try:
    a * "x"
except TypeError as e:
    print(e)
class Dyn:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name * 2
        raise AttributeError(f"no {name}")
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2 if isinstance(value, int) else value)
    def __delattr__(self, name):
        print("deleting", name)
        super().__delattr__(name)
d = Dyn()
d.n = 5
print(d.xy, d.n, getattr(d, "zz", "dflt"), hasattr(d, "q"))
del d.n
print(hasattr(d, "n"))
class Desc:
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value): setattr(obj, self.name, value.upper())
class Model:
    title = Desc()
m = Model()
print(m.title)
m.title = "hello"
print(m.title, m._title, type(Model.title).__name__)
class Meta:
    @classmethod
    def create(cls): return cls()
    @staticmethod
    def util(): return "util"
class Sub(Meta): pass
print(type(Sub.create()).__name__, Sub.util(), Sub().util(), Meta.create.__name__)
class Slots:
    def __init__(self): self.a = 1
    def __eq__(self, o): return True
try:
    {Slots(): 1}
except TypeError as e:
    print(e)
print(Slots() == 5, Slots() != 5, 5 == Slots())
class It:
    def __init__(self): self.data = [1, 2, 3]
    def __iter__(self):
        yield from self.data
    def __contains__(self, x): return x == 99
print(list(It()), 2 in It(), 99 in It(), sum(It()), dict.fromkeys(It()))
class Call:
    def __call__(self, *a, **k): return a, k
print(Call()(1, x=2), callable(Call()), callable(Call))
print(isinstance(a, object), issubclass(V, object), V.__mro__, type(a).__name__, a.__class__.__name__)
print(str(a), repr(a), format(a, ""), "%s|%r" % (a, a))
class A:
    def __init__(self, **kw):
        self.__dict__.update(kw)
        self.z = 0
a = A(x=1, y=2)
print(a.x, a.y, vars(a), a.__dict__ is a.__dict__)
a.__dict__["w"] = 5
print(a.w)
del a.x
print(vars(a), hasattr(a, "x"))
