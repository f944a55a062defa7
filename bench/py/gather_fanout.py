# 5,000 tasks gathered at once, each taking 20 sleep(0) steps.
import asyncio

async def worker(i):
    total = 0
    for step in range(20):
        total += i * step
        await asyncio.sleep(0)
    return total

async def main():
    results = await asyncio.gather(*(worker(i) for i in range(5000)))
    print(len(results), sum(results))

asyncio.run(main())
