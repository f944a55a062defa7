# An exception raised while handling another: implicit chaining.
def cleanup():
    raise RuntimeError("cleanup failed too")


try:
    [][0]
except IndexError:
    print("handling IndexError")
    cleanup()
