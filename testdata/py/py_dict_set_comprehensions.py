# Dict and set comprehensions.
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_letter = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(by_letter)
lengths = {w: len(w) for w in words}
print(lengths)
print({len(w) for w in words} == {5, 6, 7, 9})
print(sorted({w[-1] for w in words}))
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted)
squares = {n: n * n for n in range(5) if n % 2 == 0}
print(squares, list(squares))
