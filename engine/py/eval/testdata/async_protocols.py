import asyncio


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("open", self.name)
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else None)
        return False


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0.1)
        return self.n


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "awaited value"


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * 10


async def helper(x):
    await asyncio.sleep(0.01)
    return x + 1


async def failing():
    await asyncio.sleep(0)
    raise KeyError("missing")


async def main():
    async with Resource("a") as r:
        print("inside", r.name)
    try:
        async with Resource("b"):
            raise ValueError("in body")
    except ValueError as e:
        print("caught", e)
    async for t in Ticker(3):
        print("tick", t)
    print([x async for x in agen(4)])
    async for x in agen(2):
        print("agen", x)
    print(await Awaitable())
    print(await helper(1), await asyncio.gather(helper(1), helper(2)))
    coro = helper(5)
    print(type(coro).__name__, asyncio.iscoroutine(coro))
    print(await coro)
    try:
        await coro
    except RuntimeError as e:
        print("reuse:", e)
    results = await asyncio.gather(failing(), helper(0), return_exceptions=True)
    print(results)
    fns = [lambda i=i: helper(i) for i in range(3)]
    print(await asyncio.gather(*(f() for f in fns)))
    g = agen(3)
    print(await g.__anext__(), await anext(g))
    await failing()


asyncio.run(main())
