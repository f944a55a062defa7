# want-exit: 0
# want-stdout-prefix: 2000000000\n
# args: --max-memory 64MB
# Two gigabytes allocated in all, a few megabytes live at a time: the budget
# counts what is live, so this never fails.
total = 0
for i in range(2000):
    s = "y" * 10**6
    total += len(s)
print(total)
