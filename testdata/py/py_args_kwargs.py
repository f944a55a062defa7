# *args and **kwargs in definitions and calls.
def report(title, *items, sep=", ", **options):
    line = title + ": " + sep.join(str(i) for i in items)
    if options:
        line += " " + str(sorted(options.items()))
    return line


print(report("empty"))
print(report("nums", 1, 2, 3))
print(report("sep", "a", "b", sep=" | "))
print(report("opts", 1, colour="red", bold=True))
args = ("x", "y")
kwargs = {"sep": "-", "size": 3}
print(report("spread", *args, *[1, 2], **kwargs))


def merge(**parts):
    return {**{"base": 0}, **parts}


print(merge(a=1, base=5))
