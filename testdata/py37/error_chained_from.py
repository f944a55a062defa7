# raise ... from ... in 3.7 with a custom class.
class StorageError(Exception):
    pass


def load():
    try:
        return int("x")
    except ValueError as e:
        raise StorageError("corrupt") from e


load()
