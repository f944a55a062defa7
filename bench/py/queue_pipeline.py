# A producer feeding 250,000 items through a bounded Queue to 3 consumers.
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)

async def consumer(q, totals, k):
    while True:
        item = await q.get()
        totals[k] += item
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=100)
    totals = [0, 0, 0]
    consumers = [asyncio.create_task(consumer(q, totals, k)) for k in range(3)]
    await producer(q, 250_000)
    await q.join()
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print(sum(totals))

asyncio.run(main())
