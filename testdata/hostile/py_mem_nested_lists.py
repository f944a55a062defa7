# want-exit: 1
# want-stderr: \nMemoryError\n$
# args: --max-memory 64MB
# Many small lists: each one counts, not only the outer list.
l = [[i] for i in range(10**8)]
