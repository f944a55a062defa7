"""functools: partial, reduce, wraps, update_wrapper, cache, lru_cache,
total_ordering, cmp_to_key."""

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__')
WRAPPER_UPDATES = ('__dict__',)
_initial_missing = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            if attr != '__doc__':
                setattr(wrapper, attr, value)
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorating(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorating


def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        args = [repr(self.func)]
        args.extend(repr(x) for x in self.args)
        args.extend(f"{k}={v!r}" for (k, v) in self.keywords.items())
        return f"functools.partial({', '.join(args)})"


def _make_key(args, kwds):
    key = args
    if kwds:
        key += (_initial_missing,)
        for item in kwds.items():
            key += item
    return key


def lru_cache(maxsize=128, typed=False):
    if callable(maxsize) and not isinstance(maxsize, int):
        user_function, maxsize = maxsize, 128
        return _lru_wrapper(user_function, maxsize)

    def decorating(user_function):
        return _lru_wrapper(user_function, maxsize)
    return decorating


def _lru_wrapper(user_function, maxsize):
    cache = {}
    stats = [0, 0]

    def wrapper(*args, **kwds):
        key = _make_key(args, kwds)
        if key in cache:
            stats[0] += 1
            value = cache.pop(key)
            cache[key] = value
            return value
        stats[1] += 1
        value = user_function(*args, **kwds)
        cache[key] = value
        if maxsize is not None and len(cache) > maxsize:
            del cache[next(iter(cache))]
        return value

    def cache_clear():
        cache.clear()
        stats[0] = stats[1] = 0

    def cache_info():
        return f"CacheInfo(hits={stats[0]}, misses={stats[1]}, maxsize={maxsize}, currsize={len(cache)})"

    wrapper.cache_clear = cache_clear
    wrapper.cache_info = cache_info
    return update_wrapper(wrapper, user_function)


def cache(user_function):
    return _lru_wrapper(user_function, None)


def total_ordering(cls):
    def has(name):
        return name in cls.__dict__
    if has('__lt__'):
        if not has('__gt__'):
            cls.__gt__ = lambda self, other: _not_op(cls.__lt__(self, other), self == other, False)
        if not has('__le__'):
            cls.__le__ = lambda self, other: _or_op(cls.__lt__(self, other), self == other)
        if not has('__ge__'):
            cls.__ge__ = lambda self, other: _not_op(cls.__lt__(self, other), False, True)
    elif has('__gt__'):
        if not has('__lt__'):
            cls.__lt__ = lambda self, other: _not_op(cls.__gt__(self, other), self == other, False)
        if not has('__ge__'):
            cls.__ge__ = lambda self, other: _or_op(cls.__gt__(self, other), self == other)
        if not has('__le__'):
            cls.__le__ = lambda self, other: _not_op(cls.__gt__(self, other), False, True)
    else:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    return cls


def _not_op(r, eq, default):
    if r is NotImplemented:
        return r
    return not r and not eq if not default else not r


def _or_op(r, eq):
    if r is NotImplemented:
        return r
    return r or eq


def cmp_to_key(mycmp):
    class K:
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0
    return K
