# want-exit: 1
# want-stderr: line 9, in <module>\n    s \+= s\nMemoryError\n$
# want-stdout-prefix: start\n
# args: --max-memory 64MB
# A string that doubles until it passes the memory budget.
print("start", flush=True)
s = "x"
while True:
    s += s
