# 3.7 has no ExceptionGroup.
try:
    eg = ExceptionGroup("x", [ValueError(1)])
except NameError as e:
    print("NameError:", e)
print(hasattr(__builtins__, "BaseExceptionGroup"))
raise ExceptionGroup("x", [ValueError(1)])
