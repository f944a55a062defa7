from __future__ import annotations
import asyncio
from contextlib import asynccontextmanager, contextmanager, suppress
from dataclasses import dataclass, field, asdict
from functools import partial, wraps, reduce, lru_cache
from itertools import count, islice, chain, product, permutations, combinations, groupby, zip_longest, accumulate
from collections import deque, defaultdict, Counter, namedtuple
from typing import Optional, List, Dict


@dataclass
class Job:
    name: str
    priority: int = 0
    tags: List[str] = field(default_factory=list)


@dataclass(frozen=True, order=True)
class P:
    x: int
    y: int = 0


@contextmanager
def tag(name):
    print("enter", name)
    try:
        yield name.upper()
    finally:
        print("exit", name)


@asynccontextmanager
async def session(n):
    print("open", n)
    await asyncio.sleep(0)
    try:
        yield n * 2
    finally:
        print("close", n)


def logged(f):
    @wraps(f)
    def w(*a, **k):
        return f(*a, **k)
    return w


@logged
def add(a, b):
    return a + b


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


async def main():
    async with session(3) as s:
        print("session", s)
    try:
        async with session(4):
            raise ValueError("inside")
    except ValueError as e:
        print("propagated", e)


j = Job("build")
print(j, Job("x", 2, ["a"]) == Job("x", 2, ["a"]), asdict(j), P(1) < P(2), sorted([P(2, 1), P(1, 5)]), hash(P(1)) == hash(P(1)))
try:
    P(1).x = 5
except Exception as e:
    print(type(e).__name__, e)
try:
    Job()
except TypeError as e:
    print(e)
with tag("a") as t:
    print("body", t)
with suppress(KeyError):
    {}["x"]
print(add.__name__, add(1, 2), partial(add, 10)(5), reduce(lambda a, b: a * b, range(1, 6)), fib(50))
print(list(islice(count(5, 2), 4)), list(chain([1], (2, 3))), list(product("ab", repeat=2)), list(permutations(range(3), 2))[:3])
print(list(combinations("abcd", 2)), [(k, list(g)) for k, g in groupby("aabbbc")], list(zip_longest("ab", "xyz", fillvalue="-")), list(accumulate([1, 2, 3])))
d = deque([1, 2, 3], maxlen=3)
d.append(4)
d.appendleft(0)
print(d, d.popleft(), d, len(d))
dd = defaultdict(list)
dd["a"].append(1)
dd["b"]
print(dd, dict(dd.items()), "a" in dd)
c = Counter("abracadabra")
print(c, c.most_common(2), c["z"])
Pt = namedtuple("Pt", "x y")
pt = Pt(1, y=2)
print(pt, pt.x, pt[1], tuple(pt), pt._asdict(), pt._replace(x=9), pt == (1, 2))
x: Optional[int] = None
print(x, Optional[int], Dict[str, List[int]])
asyncio.run(main())
