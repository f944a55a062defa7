# want-exit: 0
# want-stdout-prefix: 499500\n
# args: --max-memory 32MB
total = 0
for i in range(1000):
    l = [0] * 100000
    total += i
print(total)
