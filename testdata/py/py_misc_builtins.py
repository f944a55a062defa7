# Assorted builtins: len, hash of ints, callable, repr of containers.
print(len("abc"), len([1, 2]), len({"a": 1}), len(range(3)), len((1,)))
print(hash(42), hash(-1), hash(True), hash(1.0) == hash(1), hash((1, 2)) == hash((1, 2)))
print(callable(print), callable(len), callable(3), callable(lambda: 0))
print(repr([1, "a", None, 2.5, (1,), {"k": [1]}]), str((1, "a")))
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2], [10, 20])))
print(ord("€"), chr(8364), bin(5), oct(64), hex(-255), format(10, "b"))
print(type(None).__name__, type(len).__name__, type(lambda: 0).__name__)
print(isinstance(print, object), None is None)
