def fail(n):
    raise ValueError(f"bad {n}")


errors = []
for i in range(2):
    try:
        fail(i)
    except ValueError as e:
        errors.append(e)
try:
    raise ExceptionGroup("inner", [TypeError("t")])
except ExceptionGroup as g:
    errors.append(g)
try:
    try:
        raise ExceptionGroup("batch", errors + [KeyError("k")])
    except* KeyError as ke:
        print("handled", repr(ke))
except* ValueError as ve:
    print("values", [str(x) for x in ve.exceptions])
    raise RuntimeError("summary") from ve
