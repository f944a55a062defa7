# A class with __eq__ but no __hash__ is unhashable; lists are unhashable.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)


class Frozen(Point):
    def __hash__(self):
        return hash((self.x, self.y))


print(Point(1, 2) == Point(1, 2), len({Frozen(1, 2), Frozen(1, 2), Frozen(2, 1)}))
try:
    {[1, 2]: "list key"}
except TypeError as e:
    print("TypeError:", e)
seen = set()
seen.add(Point(0, 0))
