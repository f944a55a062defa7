# except* splits an ExceptionGroup raised by hand.
def validate(records):
    errors = []
    for r in records:
        if not r.get("name"):
            errors.append(ValueError(f"record {r['id']}: missing name"))
        if r.get("age", 0) < 0:
            errors.append(TypeError(f"record {r['id']}: bad age"))
    if errors:
        raise ExceptionGroup("invalid records", errors)


try:
    validate([{"id": 1, "name": "a"}, {"id": 2, "age": -1}, {"id": 3, "name": ""}])
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])
eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("sub", [KeyError(2)])])
print(repr(eg))
match, rest = eg.split(KeyError)
print(repr(match), repr(rest))
print(eg.subgroup(ValueError).exceptions)
