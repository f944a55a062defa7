# A pipeline of generators processing lines lazily.
LOG = """INFO start
WARN disk 91%
INFO tick
ERROR disk full
WARN retry
ERROR gave up"""


def lines(text):
    for line in text.splitlines():
        print("  reading:", line)
        yield line


def only(level, items):
    for item in items:
        if item.startswith(level):
            yield item[len(level) + 1:]


def numbered(items):
    for n, item in enumerate(items, 1):
        yield f"{n}. {item}"


for out in numbered(only("ERROR", lines(LOG))):
    print(out)
