# want-exit: 0
# want-stdout-prefix: 9999999 0\n
# args: --max-memory 16MB
# range is lazy: max and min walk it without a list (CPython uses 13 MB).
print(max(range(10**7)), min(range(10**7)))
