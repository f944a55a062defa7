# Several producers blocked on a full queue resume in FIFO order as a
# consumer makes room.
import asyncio


async def producer(name, q):
    print(name, "waiting to put")
    await q.put(name)
    print(name, "put done")


async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("first")
    producers = [asyncio.create_task(producer(f"p{i}", q)) for i in range(3)]
    await asyncio.sleep(0.1)
    for _ in range(4):
        print("got", await q.get())
        await asyncio.sleep(0)
    await asyncio.gather(*producers)


asyncio.run(main())
