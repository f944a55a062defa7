# A fan-out of many small tasks, each stepping with sleep(0).
import asyncio


async def square(i):
    for _ in range(i % 4):
        await asyncio.sleep(0)
    return i * i


async def main():
    results = await asyncio.gather(*[square(i) for i in range(200)])
    print(len(results), sum(results), results[:5], results[-3:])


asyncio.run(main())
