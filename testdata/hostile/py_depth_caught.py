# want-exit: 0
# want-stdout-prefix: RecursionError caught\nstill fine [[1]]\n
x = []
for i in range(100000):
    x = [x]
try:
    repr(x)
except RecursionError:
    print("RecursionError caught")
print("still fine", [[1]])
