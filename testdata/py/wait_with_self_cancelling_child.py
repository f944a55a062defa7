# asyncio.wait never raises for its children: a child that cancels itself
# is simply reported done, with cancelled() True.
import asyncio


async def fetch(i):
    await asyncio.sleep(0.1 * i)
    if i == 2:
        asyncio.current_task().cancel()
        await asyncio.sleep(0)
    return i * 10


async def main():
    tasks = [asyncio.create_task(fetch(i), name=f"fetch{i}") for i in (1, 2, 3)]
    done, pending = await asyncio.wait(tasks)
    print(len(done), "done,", len(pending), "pending")
    for t in tasks:
        print(t.get_name(), "cancelled" if t.cancelled() else t.result())


asyncio.run(main())
