# want-exit: 1
# want-stderr: \nMemoryError\n$
# A terabyte string.
s = 'x' * 10**12
