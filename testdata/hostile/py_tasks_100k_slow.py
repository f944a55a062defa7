# want-exit: 0
# want-stdout-prefix: 4999950000\n
# A hundred thousand tasks complete; the trace keeps the first 10,000 lanes.
import asyncio

async def worker(i):
    await asyncio.sleep(0)
    return i

async def main():
    results = await asyncio.gather(*(worker(i) for i in range(100000)))
    print(sum(results))

asyncio.run(main())
