# want-exit: 1
# want-stderr: (?s)    s = f"\{s\}\{s\}"\n.*MemoryError\n$
# args: --max-memory 64MB
s = "ab"
while True:
    s = f"{s}{s}"
