# want-exit: 1
# want-stderr: \nMemoryError\n$
s = "a".ljust(10**11)
