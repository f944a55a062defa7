# want-exit: 1
# want-stderr: \nMemoryError\n$
# Ten thousand references to one megabyte: the join would be 10 GB.
parts = ["x" * 10**6] * 10**4
s = "".join(parts)
