# Exception args, __cause__, __context__, and user attributes.
class HttpError(Exception):
    def __init__(self, status, url):
        super().__init__(f"{status} for {url}")
        self.status = status


try:
    raise HttpError(404, "/missing")
except HttpError as e:
    print(e.args, e.status, str(e), repr(e))
try:
    try:
        {}["k"]
    except KeyError as ke:
        raise ValueError("wrapped") from ke
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__cause__ is e.__context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("during handling")
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
e = RuntimeError("a", 2)
print(e.args, str(e), repr(e), repr(OSError(2, "No such file")))
