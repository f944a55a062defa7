# want-exit: 1
# want-stderr: \nMemoryError\n$
t = (1, 2) * 10**11
