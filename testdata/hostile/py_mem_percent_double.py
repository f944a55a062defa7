# want-exit: 1
# want-stderr: \nMemoryError\n$
# args: --max-memory 64MB
s = "ab"
while True:
    s = "%s%s" % (s, s)
