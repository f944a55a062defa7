# Workers stop when they read a sentinel value.
import asyncio

STOP = None


async def worker(name, q, results):
    while (item := await q.get()) is not STOP:
        results.append(f"{name}:{item * 2}")
        await asyncio.sleep(0.05)
    print(name, "stopping")


async def main():
    q = asyncio.Queue()
    results = []
    workers = [asyncio.create_task(worker(n, q, results)) for n in ("A", "B")]
    for i in range(5):
        q.put_nowait(i)
    for _ in workers:
        q.put_nowait(STOP)
    await asyncio.gather(*workers)
    print(results)


asyncio.run(main())
