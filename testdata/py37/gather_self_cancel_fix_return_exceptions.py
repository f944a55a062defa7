# Fix 1 under 3.7: return_exceptions=True; the cancelled child shows up as
# CancelledError() (no message argument in 3.7).
import asyncio


async def fetch(i):
    await asyncio.sleep(0.1 * i)
    if i == 2:
        asyncio.current_task().cancel()
        await asyncio.sleep(0)
    print("fetch", i, "done")
    return i * 10


async def main():
    results = await asyncio.gather(fetch(1), fetch(2), fetch(3), return_exceptions=True)
    print("results:", results)
    print([type(r).__module__ + "." + type(r).__name__ for r in results])


asyncio.run(main())
