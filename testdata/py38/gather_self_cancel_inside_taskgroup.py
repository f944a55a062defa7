# The seed case one level down: gather raises CancelledError inside a
# TaskGroup child, so that child ends cancelled, which the group does not
# count as an error.
import asyncio


async def fetch(i):
    await asyncio.sleep(0.1 * i)
    if i == 2:
        asyncio.current_task().cancel()
        await asyncio.sleep(0)
    return i


async def batch(name, ids):
    try:
        return await asyncio.gather(*(fetch(i) for i in ids))
    except asyncio.CancelledError:
        print(name, "was cancelled by its gather")
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(batch("a", [1, 3]))
        b = tg.create_task(batch("b", [1, 2, 3]))
    print("a:", a.result(), "| b cancelled:", b.cancelled())


asyncio.run(main())
