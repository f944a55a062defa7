# want-exit: 1
# want-stderr: (?s)line 8, in <module>\n    l.append\("abc"\)\n.*MemoryError\n$
# want-stdout-prefix: appending\n
# args: --max-memory 16MB
l = []
print("appending")
while True:
    l.append("abc")
