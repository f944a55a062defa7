# want-exit: 1
# want-stderr: \nMemoryError\n$
# args: --max-memory 32MB
def gen():
    yield 1
gens = []
while True:
    gens.append(gen())
