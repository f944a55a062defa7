# raise ... from None hides the context.
def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise AttributeError(f"no attribute {k!r}") from None


try:
    get({}, "x")
except AttributeError as e:
    print(repr(e), e.__cause__, e.__suppress_context__)
get({"a": 1}, "b")
