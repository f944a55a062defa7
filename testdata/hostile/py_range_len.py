# want-exit: 0
# want-stdout-prefix: 1000000000000000000 999999999999999999\n
# args: --max-memory 16MB --max-steps 1000
r = range(10**18)
print(len(r), r[-1])
