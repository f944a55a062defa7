import random
import sys
import time

random.seed(42)
print(random.random(), random.random())
print(random.randint(1, 100), random.randrange(10), random.randrange(5, 50, 5), random.choice("abcdef"))
items = list(range(10))
random.shuffle(items)
print(items, random.sample(range(100), 5), random.uniform(1, 2))
print(random.getrandbits(70), random.choices("xyz", k=4), random.choices([1, 2, 3], weights=[1, 0, 5], k=3))
random.seed("taskline")
print(random.random(), random.randint(0, 10**12))
random.seed(2**70 + 5)
print(random.random(), random.sample(["a", "b", "c", "d"], 2))
print(sys.version_info[:2], sys.version_info.major, sys.argv[0].endswith(".py"), sys.maxsize, sys.platform)
sys.stdout.write("written\n")
print("to stderr", file=sys.stderr)
t0 = time.monotonic()
print(type(t0).__name__, time.monotonic() - t0 >= 0, time.time() > 1e9)
sys.exit(3)
