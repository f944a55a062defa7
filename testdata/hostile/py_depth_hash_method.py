# want-exit: 1
# want-stderr: \nRecursionError: maximum recursion depth exceeded\n$
class H:
    def __hash__(self):
        return hash((self,))
hash(H())
