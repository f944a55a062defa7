# Title: Fix 1: gather(..., return_exceptions=True)
# The same self-cancelling workers, but gather() collects each child's
# outcome instead of raising the first one: the cancellations come back as
# values and main() carries on.
import asyncio


async def worker(name, delay):
    await asyncio.sleep(delay)
    print(f"{name}: done, cancelling my own task")
    asyncio.current_task().cancel()
    await asyncio.sleep(0)  # CancelledError is delivered here
    print(f"{name}: never printed")


async def main():
    results = await asyncio.gather(
        worker("a", 0.1), worker("b", 0.2), return_exceptions=True
    )
    print("results:", results)
    for r in results:
        print(type(r).__name__, isinstance(r, asyncio.CancelledError))


asyncio.run(main())
