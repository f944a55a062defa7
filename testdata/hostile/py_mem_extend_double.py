# want-exit: 1
# want-stderr: \nMemoryError\n$
# args: --max-memory 64MB
l = [1]
while True:
    l.extend(l)
