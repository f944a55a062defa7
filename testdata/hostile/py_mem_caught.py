# want-exit: 0
# want-stdout-prefix: caught MemoryError\nstill running 6\n
# A MemoryError is an ordinary exception: the program may catch it and go on.
try:
    s = 'x' * 10**12
except MemoryError as e:
    print("caught", type(e).__name__)
print("still running", len("x" * 6))
