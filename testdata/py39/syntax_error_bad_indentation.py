# A block without an indented body.
def check(x):
    if x > 0:
    return "positive"
    return "other"


print(check(1))
