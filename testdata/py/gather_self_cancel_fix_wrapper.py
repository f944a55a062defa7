# Fix 2 for the seed case: wrap each coroutine so that its cancellation is
# caught inside its own task and turned into a value.
import asyncio


async def fetch(i):
    print(f"fetch {i}: start")
    await asyncio.sleep(0.1 * i)
    if i == 2:
        print(f"fetch {i}: giving up, cancelling myself")
        asyncio.current_task().cancel()
        await asyncio.sleep(0)
    print(f"fetch {i}: done")
    return i * 10


async def safe(coro, default=None):
    try:
        return await coro
    except asyncio.CancelledError:
        print("safe: caught the cancellation, returning", default)
        return default


async def main():
    results = await asyncio.gather(*(safe(fetch(i), -1) for i in (1, 2, 3)))
    print("results:", results)


asyncio.run(main())
