for f in [lambda: [].remove(), lambda: [].pop(1, 2), lambda: "a".upper(1), lambda: {}.get(), lambda: "x".replace("a"), lambda: [].append(), lambda: set().add()]:
    try:
        f()
    except TypeError as e:
        print(e)
