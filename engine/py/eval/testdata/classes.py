class Animal:
    kind = "animal"
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return f"{self.name} makes a sound"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

    @property
    def upper(self):
        return self.name.upper()

    @staticmethod
    def helper(x):
        return x * 2

    @classmethod
    def make(cls, name):
        return cls(name)


class Dog(Animal):
    kind = "dog"

    def speak(self):
        return super().speak() + " (woof)"


class Point:
    __slots__ = ()

    def __init__(self, x=0, y=0):
        object.__setattr__(self, "x", x) if False else None


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __len__(self):
        return 2

    def __iter__(self):
        yield self.x
        yield self.y

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __contains__(self, v):
        return v in (self.x, self.y)

    def __call__(self, k):
        return Vec(self.x * k, self.y * k)

    def __bool__(self):
        return bool(self.x or self.y)

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    __repr__ = __str__


d = Dog.make("Rex")
print(d, d.speak(), d.upper, d.kind, Animal.kind, Dog.helper(4), d.helper(5), Animal.count, isinstance(d, Animal), issubclass(Dog, Animal))
print(Dog.__mro__, Dog.__name__, Dog.__qualname__, Dog.__module__, type(d) is Dog, Dog.__bases__)
v = Vec(1, 2) + Vec(3, 4)
print(v, repr(v), v == Vec(4, 6), v != Vec(4, 6), len(v), list(v), v[1], 4 in v, v(2), bool(Vec(0, 0)), {v: 1}[Vec(4, 6)])
print(sorted([Vec(2, 1), Vec(1, 5), Vec(1, 2)]), max(Vec(2, 1), Vec(1, 5)), str(v), f"{v}", [v], Vec(9, 9) > Vec(1, 1))


class Counter:
    def __init__(self):
        self._n = 0

    @property
    def n(self):
        return self._n

    @n.setter
    def n(self, value):
        if value < 0:
            raise ValueError("negative")
        self._n = value

    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return True


c = Counter()
c.n = 5
print(c.n, getattr(c, "n"), hasattr(c, "zz"), getattr(c, "zz", "dflt"))
with c as cc:
    cc.n = -1
print("after with", c.n)
setattr(c, "extra", 1)
print(c.extra, vars(c))


class Base:
    def __init_subclass__(cls, **kw):
        print("subclass", cls.__name__)


class Child(Base):
    pass


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B" + super().who()


class C(A):
    def who(self):
        return "C" + super().who()


class D(B, C):
    def who(self):
        return "D" + super().who()


print(D().who(), [k.__name__ for k in D.__mro__])
print(Animal.speak(d), Dog.speak.__qualname__, type(d.speak).__name__)


def deco(f):
    def wrapper(*args, **kwargs):
        print("calling", f.__name__, args, kwargs)
        return f(*args, **kwargs)
    return wrapper


@deco
def add(a, b=2, *rest, key=None, **kw):
    return a + b + sum(rest)


print(add(1), add(1, 2, 3, 4, key=5, z=6))
