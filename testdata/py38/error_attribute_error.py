# AttributeError on an instance and on a module-level object.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y)
try:
    print(p.z)
except AttributeError as e:
    print("AttributeError:", e)
try:
    "text".push("x")
except AttributeError as e:
    print("AttributeError:", e)
None.upper()
