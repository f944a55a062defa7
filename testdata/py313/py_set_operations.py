# Set operations (small ints print in a stable order).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b)
print(a.issubset({1, 2, 3, 4, 5}), {1, 2} < a, a.isdisjoint({9}))
a.add(10)
a.discard(1)
a.discard(99)
print(sorted(a))
try:
    a.remove(99)
except KeyError as e:
    print("KeyError:", e)
print(len(set("banana")), sorted(set("banana")))
print(set(), set([3, 3, 1]), frozenset({2, 1}))
u = set()
u.update([5, 6], {7})
print(sorted(u), 6 in u)
