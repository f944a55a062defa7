# global rebinds a module-level name from inside a function.
total = 0
calls = []


def add(n):
    global total
    total += n
    calls.append(n)


def shadow():
    total = -1
    return total


for n in range(1, 5):
    add(n)
print(total, calls, shadow(), total)


def make_global():
    global created
    created = "made inside"


make_global()
print(created)
