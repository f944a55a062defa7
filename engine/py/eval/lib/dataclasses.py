"""dataclasses: dataclass, field, fields, asdict, astuple, replace."""


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class FrozenInstanceError(AttributeError):
    pass


class Field:
    def __init__(self, default, default_factory, init, repr, compare, kw_only):
        self.name = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.compare = compare
        self.kw_only = kw_only

    def __repr__(self):
        return f"Field(name={self.name!r},default={self.default!r},default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},compare={self.compare!r})"


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, compare, kw_only)


def fields(class_or_instance):
    try:
        fs = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(fs.values())


def is_dataclass(obj):
    return hasattr(obj, "__dataclass_fields__")


def asdict(obj):
    return {f.name: _copy(getattr(obj, f.name), asdict) for f in fields(obj)}


def astuple(obj):
    return tuple(_copy(getattr(obj, f.name), astuple) for f in fields(obj))


def _copy(v, how):
    if is_dataclass(v) and not isinstance(v, type):
        return how(v)
    if isinstance(v, list):
        return [_copy(x, how) for x in v]
    if isinstance(v, tuple):
        return tuple(_copy(x, how) for x in v)
    if isinstance(v, dict):
        return {_copy(k, how): _copy(x, how) for k, x in v.items()}
    return v


def replace(obj, /, **changes):
    for f in fields(obj):
        if f.init and f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only):
    all_fields = {}
    for b in cls.__mro__[-1:0:-1]:
        base_fields = b.__dict__.get('__dataclass_fields__')
        if base_fields is not None:
            for f in base_fields.values():
                all_fields[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    for name in annotations:
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = Field(default, MISSING, True, True, True, MISSING)
        f.name = name
        if f.kw_only is MISSING:
            f.kw_only = kw_only
        if isinstance(f.default, (list, dict, set)):
            raise ValueError(f"mutable default {type(f.default)} for field {name} is not allowed: use default_factory")
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        all_fields[name] = f
    cls.__dataclass_fields__ = all_fields
    flds = list(all_fields.values())
    qualname = cls.__qualname__

    if init:
        init_fields = [f for f in flds if f.init]
        positional = [f for f in init_fields if not f.kw_only]
        seen_default = False
        for f in positional:
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = True
            elif seen_default:
                raise TypeError(f"non-default argument '{f.name}' follows default argument")

        def __init__(self, *args, **kwargs):
            if len(args) > len(positional):
                n = len(positional) + 1
                given = len(args) + 1
                raise TypeError(f"{qualname}.__init__() takes {n} positional argument{'s' if n != 1 else ''} but {given} were given")
            values = {}
            for f, a in zip(positional, args):
                values[f.name] = a
            for k, v in kwargs.items():
                if k in values:
                    raise TypeError(f"{qualname}.__init__() got multiple values for argument '{k}'")
                if not any(f.name == k for f in init_fields):
                    raise TypeError(f"{qualname}.__init__() got an unexpected keyword argument '{k}'")
                values[k] = v
            missing = []
            for f in init_fields:
                if f.name in values:
                    continue
                if f.default is not MISSING:
                    values[f.name] = f.default
                elif f.default_factory is not MISSING:
                    values[f.name] = f.default_factory()
                else:
                    missing.append(f.name)
            if missing:
                kind = "keyword-only" if all(f.kw_only for f in init_fields if f.name in missing) else "positional"
                quoted = [f"'{m}'" for m in missing]
                listed = " and ".join(quoted) if len(quoted) <= 2 else ", ".join(quoted[:-1]) + ", and " + quoted[-1]
                s = "s" if len(missing) > 1 else ""
                raise TypeError(f"{qualname}.__init__() missing {len(missing)} required {kind} argument{s}: {listed}")
            for f in flds:
                if not f.init and f.default_factory is not MISSING:
                    values[f.name] = f.default_factory()
                elif not f.init and f.default is not MISSING:
                    values[f.name] = f.default
            for name, v in values.items():
                object.__setattr__(self, name, v)
            post = getattr(self, "__post_init__", None)
            if post is not None:
                post()
        __init__.__qualname__ = qualname + ".__init__"
        cls.__init__ = __init__

    if repr and '__repr__' not in cls.__dict__:
        def __repr__(self):
            inner = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in flds if f.repr)
            return f"{self.__class__.__qualname__}({inner})"
        cls.__repr__ = __repr__

    def key(obj):
        return tuple(getattr(obj, f.name) for f in flds if f.compare)

    if eq and '__eq__' not in cls.__dict__:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return key(self) == key(other)
            return NotImplemented
        cls.__eq__ = __eq__

    if order:
        def make(op):
            def compare(self, other):
                if other.__class__ is self.__class__:
                    return op(key(self), key(other))
                return NotImplemented
            return compare
        cls.__lt__ = make(lambda a, b: a < b)
        cls.__le__ = make(lambda a, b: a <= b)
        cls.__gt__ = make(lambda a, b: a > b)
        cls.__ge__ = make(lambda a, b: a >= b)

    if frozen:
        def __setattr__(self, name, value):
            raise FrozenInstanceError(f"cannot assign to field '{name}'")

        def __delattr__(self, name):
            raise FrozenInstanceError(f"cannot delete field '{name}'")
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__

    if '__hash__' not in cls.__dict__ or cls.__dict__['__hash__'] is None:
        if unsafe_hash or (eq and frozen):
            cls.__hash__ = lambda self: hash(key(self))
        elif eq:
            cls.__hash__ = None
    return cls
