# 3.7 has no ExceptionGroup or BaseExceptionGroup.
try:
    eg = ExceptionGroup("x", [ValueError(1)])
except NameError as e:
    print("NameError:", e)
try:
    BaseExceptionGroup
except NameError as e:
    print("NameError:", e)
raise ExceptionGroup("x", [ValueError(1)])
