# PriorityQueue and LifoQueue order their items.
import asyncio


async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "high"), (2, "mid")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for i in range(4):
        await lq.put(i)
    print([await lq.get() for _ in range(4)])


asyncio.run(main())
