# want-exit: 1
# want-stderr: \nMemoryError\n$
# args: --max-memory 16MB
# list() of an endless generator grows until the budget says no.
def count():
    n = 0
    while True:
        yield n
        n += 1
list(count())
