"""enum: Enum, IntEnum, StrEnum, auto, unique.

Taskline has no metaclasses: members are made by Enum.__init_subclass__,
and iterating, measuring or testing membership of an enum class goes
through the evaluator's private class hooks (_taskline_iter_ and friends).
IntEnum and StrEnum compare equal to their values without subclassing int
or str."""


class auto:
    def __init__(self):
        self.value = None

    def __repr__(self):
        return "auto()"


class Enum:
    def __init_subclass__(cls, **kwds):
        members = {}
        for base in cls.__mro__[1:]:
            if base.__dict__.get("_member_map_"):
                raise TypeError(f"{cls.__name__}: cannot extend {base!r}")
        last = 0
        for name, value in list(cls.__dict__.items()):
            if name.startswith("_") or callable(value) or isinstance(value, (classmethod, staticmethod, property)):
                continue
            if isinstance(value, auto):
                value = cls._generate_next_value_(name, 1, len(members), [m._value_ for m in members.values()])
            alias = None
            for m in members.values():
                if m._value_ == value:
                    alias = m
                    break
            if alias is not None:
                setattr(cls, name, alias)
                continue
            member = object.__new__(cls)
            object.__setattr__(member, "_name_", name)
            object.__setattr__(member, "_value_", value)
            members[name] = member
            setattr(cls, name, member)
        cls._member_map_ = members

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    def __new__(cls, value):
        for m in cls.__dict__.get("_member_map_", {}).values():
            if m._value_ == value:
                return m
        raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        return f"{type(self).__name__}.{self._name_}"

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot reassign member '{self._name_}'" if name in ("name", "value") else f"'{type(self).__name__}' object attribute '{name}' is read-only")

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    @classmethod
    def _taskline_iter_(cls):
        return iter(list(cls.__dict__.get("_member_map_", {}).values()))

    @classmethod
    def _taskline_len_(cls):
        return len(cls.__dict__.get("_member_map_", {}))

    @classmethod
    def _taskline_contains_(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(f"unsupported operand type(s) for 'in': '{type(member).__qualname__}' and 'EnumType'")
        return isinstance(member, cls) and member._name_ in cls.__dict__.get("_member_map_", {})

    def __class_getitem__(cls, name):
        return cls.__dict__.get("_member_map_", {})[name]


class IntEnum(Enum):
    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __eq__(self, other):
        if isinstance(other, Enum):
            return self is other
        return self._value_ == other

    def __hash__(self):
        return hash(self._value_)

    def __lt__(self, other):
        return self._value_ < int(other)

    def __le__(self, other):
        return self._value_ <= int(other)

    def __gt__(self, other):
        return self._value_ > int(other)

    def __ge__(self, other):
        return self._value_ >= int(other)

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __add__(self, other):
        return self._value_ + other

    def __radd__(self, other):
        return other + self._value_

    def __sub__(self, other):
        return self._value_ - other

    def __mul__(self, other):
        return self._value_ * other


class StrEnum(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return self._value_

    def __format__(self, spec):
        return format(self._value_, spec)

    def __eq__(self, other):
        if isinstance(other, Enum):
            return self is other
        return self._value_ == other

    def __hash__(self):
        return hash(self._value_)


def unique(enumeration):
    seen = {}
    for name, member in enumeration.__dict__.items():
        if isinstance(member, enumeration) and member._name_ != name:
            raise ValueError(f"duplicate values found in {enumeration!r}: {name} -> {member._name_}")
    return enumeration
