# want-exit: 1
# want-stderr: (?s)    print\("x" \* 10\*\*6\)\n.*MemoryError\n$
# want-stdout-prefix: xxxxxxxxxx
# args: --max-memory 32MB
# Output is kept whole in the trace, so it counts against the budget.
while True:
    print("x" * 10**6)
