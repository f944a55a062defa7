# want-exit: 1
# want-stderr: \nRecursionError: maximum recursion depth exceeded
import copy
x = []
for i in range(100000):
    x = [x]
copy.deepcopy(x)
