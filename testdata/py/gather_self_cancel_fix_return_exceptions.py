# Fix 1 for the seed case: return_exceptions=True turns the cancelled child
# into a CancelledError instance in the results list.
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


async def main():
    results = await asyncio.gather(fetch(1), fetch(2), fetch(3), return_exceptions=True)
    print("results:", results)
    for r in results:
        if isinstance(r, asyncio.CancelledError):
            print("  cancelled child, args =", r.args)
        else:
            print("  value", r)


asyncio.run(main())
