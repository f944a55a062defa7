import traceback
def f():
    raise ValueError("deep")
try:
    f()
except ValueError:
    traceback.print_exc()
    s = traceback.format_exc()
    print(s.splitlines()[-1])
try:
    {}["k"]
except KeyError as e:
    print(traceback.format_exception_only(type(e), e))
