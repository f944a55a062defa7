# del on names, list items, slices, dict keys and attributes.
x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
xs = [0, 1, 2, 3, 4, 5]
del xs[0]
del xs[-1]
del xs[1:3]
print(xs)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)


class Box:
    pass


b = Box()
b.v = 1
del b.v
print(hasattr(b, "v"))
