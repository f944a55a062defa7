for f in [lambda: "abc".removeprefix("a"), lambda: {1: 2} | {3: 4}, lambda: ValueError("x").add_note("n")]:
    try:
        print(f())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
d = {1: 2}
try:
    d |= {3: 4}
except TypeError as e:
    print(e)
