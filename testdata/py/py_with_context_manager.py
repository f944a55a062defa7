# A class-based context manager; __exit__ can suppress exceptions.
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, "exception:", exc_type.__name__ if exc_type else None)
        return self.suppress


with Resource("a") as r:
    print("using", r.name)
with Resource("b", suppress=True):
    raise KeyError("swallowed")
print("after b")
with Resource("outer") as o, Resource("inner") as i:
    print("both open:", o.name, i.name)
try:
    with Resource("c"):
        1 / 0
except ZeroDivisionError:
    print("propagated from c")
