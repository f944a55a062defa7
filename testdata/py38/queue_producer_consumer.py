# A producer/consumer pipeline with Queue.join() and task_done().
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i)
    print("producer done")


async def consumer(name, q, out):
    while True:
        item = await q.get()
        await asyncio.sleep(0.1)
        out.append((name, item))
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    workers = [asyncio.create_task(consumer(f"c{i}", q, out)) for i in range(2)]
    await producer(q, 5)
    await q.join()
    print("all items processed:", out)
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


asyncio.run(main())
