# Positional-only parameters (/) came in 3.8.
def add(a, b, /):
    return a + b

print(add(1, 2))
