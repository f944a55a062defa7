# The order of try / except / else / finally.
def attempt(value):
    log = []
    try:
        log.append("try")
        result = 10 / value
    except ZeroDivisionError:
        log.append("except")
        result = None
    else:
        log.append("else")
    finally:
        log.append("finally")
    return result, log


print(attempt(2))
print(attempt(0))


def multi(x):
    try:
        return {"a": 1}[x] + 0
    except (KeyError, TypeError) as e:
        return f"caught {type(e).__name__}"


print(multi("a"), multi("b"), multi(["unhashable"]))
try:
    try:
        raise ValueError("inner")
    except ValueError:
        print("handling, then re-raising")
        raise
except ValueError as e:
    print("outer caught", e)
