# want-exit: 1
# want-stderr: \nMemoryError\n$
# args: --max-memory 32MB
s = set()
i = 0
while True:
    s.add(i)
    i += 1
