# put() on a full queue waits until a get() makes room.
import asyncio


async def slow_reader(q):
    for _ in range(3):
        await asyncio.sleep(0.2)
        print("read", q.get_nowait())


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    q = asyncio.Queue(1)
    reader = asyncio.create_task(slow_reader(q))
    for i in range(3):
        await q.put(i)
        print(f"put {i} at {round(loop.time() - start, 1)}")
    await reader


asyncio.run(main())
