"""abc: abstract base classes. ABCMeta is not a real metaclass (Taskline
has none); `metaclass=ABCMeta` gives a class ABC's instantiation check."""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _abstract_names(cls):
    names = set()
    for base in cls.__mro__:
        for name, value in vars(base).items():
            if getattr(value, "__isabstractmethod__", False):
                names.add(name)
    return sorted(n for n in names if getattr(getattr(cls, n, None), "__isabstractmethod__", False))


def _abc_new(cls, *args, **kwargs):
    abstract = _abstract_names(cls)
    if abstract:
        s = "s" if len(abstract) > 1 else ""
        raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract method{s} {', '.join(abstract)}")
    return object.__new__(cls)


class ABC:
    __new__ = _abc_new


class ABCMeta:
    @staticmethod
    def _taskline_metaclass_(cls):
        if "__new__" not in vars(cls):
            cls.__new__ = _abc_new
