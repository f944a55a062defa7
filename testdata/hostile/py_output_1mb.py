# want-exit: 0
# want-stdout-prefix: xxxxxxxxxx
# One megabyte of output in ten thousand lines.
for i in range(10000):
    print("x" * 99)
