# A bare ExceptionGroup raised and not handled.
errors = []
for name in ["a", "b", "c"]:
    if name != "b":
        errors.append(ValueError(f"bad {name}"))
print(len(errors), "errors")
raise ExceptionGroup("validation failed", errors)
