"""typing: the names used in annotations. Taskline never evaluates
annotations of functions, so these only need to exist, subscript and
print."""


class _Special:
    def __init__(self, name, args=()):
        self._name = name
        self.__args__ = args

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _Special(self._name, params)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate typing.{self._name}")

    def __or__(self, other):
        return _Special("Union", (self, other))

    def __ror__(self, other):
        return _Special("Union", (other, self))

    def __repr__(self):
        if not self.__args__:
            return "typing." + self._name
        inner = ", ".join(_type_repr(a) for a in self.__args__)
        return f"typing.{self._name}[{inner}]"


def _type_repr(t):
    if isinstance(t, type):
        if t.__module__ == "builtins":
            return t.__qualname__
        return f"{t.__module__}.{t.__qualname__}"
    if t is ...:
        return "..."
    return repr(t)


Any = _Special("Any")
Optional = _Special("Optional")
Union = _Special("Union")
List = _Special("List")
Dict = _Special("Dict")
Tuple = _Special("Tuple")
Set = _Special("Set")
FrozenSet = _Special("FrozenSet")
Callable = _Special("Callable")
Awaitable = _Special("Awaitable")
Coroutine = _Special("Coroutine")
Iterable = _Special("Iterable")
Iterator = _Special("Iterator")
AsyncIterable = _Special("AsyncIterable")
AsyncIterator = _Special("AsyncIterator")
Generator = _Special("Generator")
AsyncGenerator = _Special("AsyncGenerator")
Sequence = _Special("Sequence")
Mapping = _Special("Mapping")
MutableMapping = _Special("MutableMapping")
MutableSequence = _Special("MutableSequence")
Type = _Special("Type")
NoReturn = _Special("NoReturn")
Never = _Special("Never")
ClassVar = _Special("ClassVar")
Final = _Special("Final")
Literal = _Special("Literal")
Deque = _Special("Deque")
DefaultDict = _Special("DefaultDict")
Hashable = _Special("Hashable")
Sized = _Special("Sized")
Collection = _Special("Collection")
Container = _Special("Container")
Annotated = _Special("Annotated")
Self = _Special("Self")
LiteralString = _Special("LiteralString")


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name

    def __repr__(self):
        return "~" + self.__name__


class Generic:
    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    pass


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def runtime_checkable(cls):
    return cls


def get_type_hints(obj):
    return dict(getattr(obj, "__annotations__", {}))


TYPE_CHECKING = False


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    return new_type
