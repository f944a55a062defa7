# Exceptions without a message print only their class name.
class Empty(Exception):
    pass


for exc in (RuntimeError(), RuntimeError(""), Empty(), ValueError(1, 2)):
    print(repr(exc), "|", str(exc), "|", exc.args)
raise Empty()
