# TypeError from mixing types.
items = [1, 2, 3]
try:
    print("total: " + sum(items))
except TypeError as e:
    print("TypeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    None()
except TypeError as e:
    print("TypeError:", e)
print(items + "4")
