# want-exit: 1
# want-stderr: (?s)    d\[i\] = i\n.*MemoryError\n$
# args: --max-memory 32MB
d = {}
i = 0
while True:
    d[i] = i
    i += 1
