# want-exit: 1
# want-stderr: \nMemoryError\n$
# args: --max-memory 32MB
# Each int is 125 KB.
l = []
while True:
    l.append(1 << 1000000)
