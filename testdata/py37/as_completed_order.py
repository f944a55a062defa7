# as_completed yields in completion order (3.7).
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    tasks = [asyncio.ensure_future(job(n, d)) for n, d in [("a", 0.3), ("b", 0.1), ("c", 0.2)]]
    for f in asyncio.as_completed(tasks):
        print(await f)


asyncio.run(main())
