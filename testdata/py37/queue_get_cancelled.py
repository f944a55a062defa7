# A consumer cancelled in Queue.get() loses nothing (3.7).
import asyncio


async def consumer(name, q):
    try:
        print(name, "got", await q.get())
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    q = asyncio.Queue()
    c1 = asyncio.ensure_future(consumer("c1", q))
    c2 = asyncio.ensure_future(consumer("c2", q))
    await asyncio.sleep(0.1)
    c1.cancel()
    await asyncio.sleep(0)
    q.put_nowait("job")
    await asyncio.gather(c1, c2, return_exceptions=True)


asyncio.run(main())
