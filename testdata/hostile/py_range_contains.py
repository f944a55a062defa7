# want-exit: 0
# want-stdout-prefix: True False True False True\n
# args: --max-memory 16MB --max-steps 1000
# Membership of an int in a range is arithmetic, as in CPython: no loop.
print(10**18 - 1 in range(10**18), 10**18 in range(10**18), 7 * 10**17 in range(0, 10**18, 7),
      10**40 in range(10**18), True in range(2))
