# want-exit: 1
# want-stderr: \nMemoryError\n$
# A result of 2**40 bits (128 GiB).
x = 2**2**40
