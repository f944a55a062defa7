# Assigning a name later in a function makes it local.
count = 0


def bump():
    count += 1
    return count


try:
    bump()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
    print("is a NameError:", isinstance(e, NameError))
bump()
