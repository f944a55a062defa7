# want-exit: 0
# want-stdout-prefix: 49999995000000\n
# args: --max-memory 16MB
print(sum(range(10**7)))
