"""copy: shallow and deep copies of the builtin containers and of objects."""


class Error(Exception):
    pass


def copy(x):
    cls = type(x)
    if cls in (int, float, bool, str, bytes, tuple, frozenset, type(None), range) or isinstance(x, type) or callable(x) and not hasattr(x, "__dict__"):
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    m = getattr(x, "__copy__", None)
    if m is not None:
        return m()
    y = object.__new__(cls)
    for k, v in vars(x).items():
        object.__setattr__(y, k, v)
    return y


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    key = id(x)
    if key in memo:
        return memo[key]
    cls = type(x)
    if cls in (int, float, bool, str, bytes, type(None), range) or isinstance(x, type) or callable(x) and not hasattr(x, "__dict__"):
        return x
    if cls is list:
        y = []
        memo[key] = y
        y.extend(deepcopy(v, memo) for v in x)
        return y
    if cls is tuple:
        y = tuple(deepcopy(v, memo) for v in x)
        memo[key] = y
        return y
    if cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
        return y
    if cls in (set, frozenset):
        y = cls(deepcopy(v, memo) for v in x)
        memo[key] = y
        return y
    m = getattr(x, "__deepcopy__", None)
    if m is not None:
        return m(memo)
    y = object.__new__(cls)
    memo[key] = y
    for k, v in vars(x).items():
        object.__setattr__(y, k, deepcopy(v, memo))
    return y
