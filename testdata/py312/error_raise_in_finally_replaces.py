# An exception raised in finally replaces the one in flight.
def risky():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")


try:
    risky()
except KeyError as e:
    print("got", repr(e), "context:", repr(e.__context__))
risky()
