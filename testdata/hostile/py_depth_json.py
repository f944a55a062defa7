# want-exit: 1
# want-stderr: \nRecursionError: maximum recursion depth exceeded while encoding a JSON object\n$
import json
x = []
for i in range(100000):
    x = [x]
json.dumps(x)
