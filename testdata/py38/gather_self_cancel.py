# The seed case: coroutines inside gather() that cancel themselves. The
# CancelledError escapes gather(), then asyncio.run(), and the program exits 1.
import asyncio


async def fetch(i):
    print(f"fetch {i}: start")
    await asyncio.sleep(0.1 * i)
    if i == 2:
        print(f"fetch {i}: giving up, cancelling myself")
        asyncio.current_task().cancel()
        await asyncio.sleep(0)  # the CancelledError is delivered here
    print(f"fetch {i}: done")
    return i * 10


async def main():
    results = await asyncio.gather(fetch(1), fetch(2), fetch(3))
    print("results:", results)


asyncio.run(main())
