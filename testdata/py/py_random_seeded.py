# A seeded random generator gives the same numbers every run.
import random

random.seed(42)
print([round(random.random(), 6) for _ in range(3)])
print([random.randint(1, 6) for _ in range(10)])
print(random.choice(["red", "green", "blue"]), random.choice("abcdef"))
deck = list(range(10))
random.shuffle(deck)
print(deck)
random.seed(42)
print(round(random.random(), 6), "again after reseeding")
print(random.randrange(100), random.randrange(10, 20, 3), random.uniform(1, 2) < 2)
print(random.sample(range(100), 5))
