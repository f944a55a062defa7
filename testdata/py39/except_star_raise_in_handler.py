# Raising a new exception in an except* handler.
try:
    raise ExceptionGroup("batch", [ValueError("v"), TypeError("t")])
except* ValueError:
    print("saw ValueError")
except* TypeError as eg:
    print("saw", eg.exceptions, "- raising RuntimeError")
    raise RuntimeError("handler failed")
