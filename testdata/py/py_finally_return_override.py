# return in finally wins, and finally runs on break/continue.
def f():
    try:
        return "from try"
    finally:
        print("finally runs")


def g():
    try:
        raise RuntimeError("lost")
    finally:
        return "finally wins"


print(f())
print(g())
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
