# A consumer cancelled in get() loses nothing: the item put afterwards goes
# to the next consumer.
import asyncio


async def consumer(name, q):
    try:
        item = await q.get()
        print(name, "got", item)
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise


async def main():
    q = asyncio.Queue()
    c1 = asyncio.create_task(consumer("c1", q))
    c2 = asyncio.create_task(consumer("c2", q))
    await asyncio.sleep(0.1)
    c1.cancel()
    await asyncio.sleep(0)
    q.put_nowait("job")
    await asyncio.gather(c1, c2, return_exceptions=True)
    print("queue size:", q.qsize())


asyncio.run(main())
