# want-exit: 1
# want-stderr: \nRecursionError: maximum recursion depth exceeded
class R:
    def __repr__(self):
        return repr(self)
print(R())
