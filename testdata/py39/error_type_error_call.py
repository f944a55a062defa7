# TypeError from calling a function with the wrong arguments.
def greet(name, greeting="hello"):
    return f"{greeting}, {name}"


print(greet("ann"))
try:
    greet()
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", "b", "c")
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", colour="red")
except TypeError as e:
    print("TypeError:", e)
greet("a", greeting="hi", name="b")
