import random
random.seed(1)
for _ in range(2000):
    x = random.uniform(-10, 10); n = random.randint(-40, 60)
    try: print(repr(x ** n))
    except Exception as e: print(type(e).__name__)
