# want-exit: 1
# want-stderr: \nMemoryError\n$
# args: --max-memory 64MB
l = [i for i in range(10**9)]
