# The := operator in while loops, comprehensions and conditions.
data = [4, 8, 15, 16, 23, 42]
it = iter(data)
while (n := next(it, None)) is not None:
    if n > 15:
        print("first over 15:", n)
        break
print([y for x in data if (y := x % 5) > 1])
if (count := len(data)) > 5:
    print("long list of", count)
total = 0
print([total := total + x for x in data], total)
