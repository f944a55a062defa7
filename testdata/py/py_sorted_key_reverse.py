# sorted with key and reverse; sorting is stable.
people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 22), ("eve", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
words = ["Banana", "apple", "cherry", "Apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted("hello"), sorted({3: "c", 1: "a"}), sorted([3, 1, 2], reverse=True))
xs = [5, 2, 8]
xs.sort(key=lambda n: n % 3)
print(xs)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
