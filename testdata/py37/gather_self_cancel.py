# The seed case under 3.7: a child that cancels itself makes gather raise
# concurrent.futures._base.CancelledError out of asyncio.run.
import asyncio


async def fetch(i):
    print("fetch", i, "start")
    await asyncio.sleep(0.1 * i)
    if i == 2:
        print("fetch", i, "cancels itself")
        asyncio.current_task().cancel()
        await asyncio.sleep(0)
    print("fetch", i, "done")
    return i * 10


async def main():
    results = await asyncio.gather(fetch(1), fetch(2), fetch(3))
    print("results:", results)


asyncio.run(main())
