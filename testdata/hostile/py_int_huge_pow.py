# want-exit: 124
# want-stderr: ^taskline: step limit of 50000000 steps exceeded at (/.*/)?py_int_huge_pow.py:7\n$
# want-stdout-prefix: computing\n
# CPython grinds at this for minutes; its multiplications are charged as steps
# before they are done, so the budget ends it at once.
print("computing")
x = 10**10**8
print(x.bit_length())
