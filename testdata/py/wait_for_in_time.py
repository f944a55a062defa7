# wait_for returns the result when the awaitable finishes in time.
import asyncio


async def compute(x):
    await asyncio.sleep(0.1)
    return x * 2


async def main():
    print(await asyncio.wait_for(compute(21), timeout=1))
    print(await asyncio.wait_for(compute(5), timeout=None))
    t = asyncio.create_task(compute(100))
    print(await asyncio.wait_for(t, 0.5), t.done())


asyncio.run(main())
