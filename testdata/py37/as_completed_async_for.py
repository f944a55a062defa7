# 3.13: as_completed can be iterated with async for, and then yields the
# tasks it was given, in the order they finish.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("slow", 0.3), ("fast", 0.1), ("mid", 0.2)]]
    async for t in asyncio.as_completed(tasks):
        print("done:", t.result(), "same task:", t in tasks)
    for f in asyncio.as_completed([asyncio.create_task(job("x", 0.1))]):
        print("plain for still works:", await f)


asyncio.run(main())
