# as_completed yields results in completion order.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return f"{name} after {delay}"


async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("a", 0.3), ("b", 0.1), ("c", 0.2)]]
    for i, fut in enumerate(asyncio.as_completed(tasks)):
        print(i, await fut)


asyncio.run(main())
