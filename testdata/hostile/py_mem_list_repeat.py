# want-exit: 1
# want-stderr: (?s)    a = \[0\] \* 10\*\*10\n        ~~~~\^~~~~~~~\nMemoryError\n$
# A list of ten billion slots (80 GB in CPython).
a = [0] * 10**10
