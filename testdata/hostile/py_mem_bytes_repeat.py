# want-exit: 1
# want-stderr: \nMemoryError\n$
b = b'ab' * 10**12
