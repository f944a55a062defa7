# Unlike gather, a TaskGroup treats a child that cancels itself as a
# cancelled child, not an error: the group exits normally.
import asyncio


async def fetch(i):
    await asyncio.sleep(0.1 * i)
    if i == 2:
        print(f"fetch {i}: cancelling myself")
        asyncio.current_task().cancel()
        await asyncio.sleep(0)
    print(f"fetch {i}: done")
    return i * 10


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(i)) for i in (1, 2, 3)]
    print("group exited normally")
    print(["cancelled" if t.cancelled() else t.result() for t in tasks])


asyncio.run(main())
