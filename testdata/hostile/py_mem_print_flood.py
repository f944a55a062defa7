# want-exit: 124
# want-stderr: ^taskline: step limit of 200 steps exceeded at .*py_mem_print_flood.py:10\n$
# want-stdout-prefix: xxxxxxxxxx
# args: --max-memory 32MB --max-steps 200
# 100 MB of output under a 32 MB budget: the trace keeps the first 16 MiB
# of each stream, and a text printed again is kept once, so output does not
# fill the memory budget. CPython would print for ever; Taskline prints
# until the step budget.
while True:
    print("x" * 10**6)
