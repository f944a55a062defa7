# want-exit: 1
# want-stderr: \nRecursionError: maximum recursion depth exceeded\n$
# want-stdout-prefix: built\n
# CPython 3.11 overflows its C stack here (a segmentation fault); Taskline
# counts the levels against the recursion limit instead.
t = ()
for i in range(1000000):
    t = (t,)
print("built")
print(hash(t))
