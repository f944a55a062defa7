# CPU-bound loops inside 8 tasks that take turns at every 10,000 iterations.
import asyncio

async def crunch(k, n):
    acc = 0
    for i in range(n):
        acc = (acc * 31 + i * k) % 1_000_003
        if i % 10_000 == 0:
            await asyncio.sleep(0)
    return acc

async def main():
    results = await asyncio.gather(*(crunch(k, 250_000) for k in range(1, 9)))
    print(results)

asyncio.run(main())
