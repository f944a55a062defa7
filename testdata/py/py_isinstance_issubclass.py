# isinstance and issubclass with builtin and user classes.
class Base:
    pass


class Child(Base):
    pass


class Other:
    pass


c = Child()
print(isinstance(c, Child), isinstance(c, Base), isinstance(c, Other))
print(isinstance(c, (Other, Base)), issubclass(Child, Base), issubclass(Base, Child))
print(issubclass(Child, (Other, object)), issubclass(bool, int), isinstance(True, int))
print(isinstance(3, float), isinstance(3.0, (int, float)), isinstance("s", str))
print(isinstance(None, type(None)), type(c) is Child, type(c) == Base)
print(issubclass(KeyError, LookupError), issubclass(TimeoutError, OSError))
print(isinstance([], list), isinstance({}, dict), isinstance((), tuple), isinstance(set(), set))
print(type(3).__name__, type("x").__name__, type(c).__name__, type(Child).__name__)
print(Child.__name__, Child.__bases__[0].__name__, [k.__name__ for k in Child.__mro__])
