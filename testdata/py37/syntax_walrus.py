# Python 3.7 has no assignment expressions: the whole file is rejected
# before anything runs, so the print never happens.
print("start")
data = [3, 1, 2]
if (n := len(data)) > 2:
    print(n)
