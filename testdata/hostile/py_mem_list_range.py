# want-exit: 1
# want-stderr: (?s)    l = list\(range\(10\*\*10\)\)\n.*MemoryError\n$
l = list(range(10**10))
