# A getter woken by put_nowait may find the item already taken by a
# get_nowait that ran first; it goes back to waiting.
import asyncio


async def getter(q):
    item = await q.get()
    print("getter finally got", item)


async def main():
    q = asyncio.Queue()
    g = asyncio.create_task(getter(q))
    await asyncio.sleep(0)
    q.put_nowait("first")
    print("stolen:", q.get_nowait())
    await asyncio.sleep(0)
    print("getter still waiting:", not g.done())
    q.put_nowait("second")
    await g


asyncio.run(main())
