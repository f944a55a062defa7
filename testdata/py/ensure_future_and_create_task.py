# ensure_future on a task returns it; on a coroutine it makes a task;
# loop.create_task works too.
import asyncio


async def value(v):
    await asyncio.sleep(0)
    return v


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(value(1))
    print(asyncio.ensure_future(t) is t)
    t2 = asyncio.ensure_future(value(2))
    t3 = loop.create_task(value(3))
    print(type(t2).__name__, type(t3).__name__, await t, await t2, await t3)
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f, asyncio.isfuture(f), asyncio.isfuture(t))
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
