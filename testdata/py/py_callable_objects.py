# Objects with __call__, and functions stored in dicts.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, x):
        return x * self.factor


double = Multiplier(2)
ops = {"double": double, "square": lambda x: x * x, "neg": lambda x: -x}
for name in sorted(ops):
    print(name, ops[name](7))
print(callable(double), list(map(Multiplier(3), [1, 2, 3])))


def apply_all(fs, value):
    for f in fs:
        value = f(value)
    return value


print(apply_all([double, ops["square"], ops["neg"]], 3))
