# for/while with else, break and continue.
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")


find([4, 5, 6], 5)
find([4, 5, 6], 7)
n = 0
while n < 10:
    n += 1
    if n % 3:
        continue
    print("multiple of 3:", n)
else:
    print("while finished normally at", n)
while True:
    n -= 4
    if n < 0:
        break
print("after break", n)
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print((i, j), end=" ")
print()
