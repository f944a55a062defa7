def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for x in g():
    break
print("after")
gen = g()
for x in gen:
    break
print("kept open")
def f():
    for x in g():
        return x
print(f())
