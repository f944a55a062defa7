# want-exit: 1
# want-stderr: \nRecursionError: maximum recursion depth exceeded while getting the repr of an object\n$
t = ()
for i in range(1000000):
    t = (t,)
print("%s" % (t,))
