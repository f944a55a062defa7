# want-exit: 1
# want-stderr: \nMemoryError\n$
s = ("x" * 1000).replace("x", "y" * 10**8)
