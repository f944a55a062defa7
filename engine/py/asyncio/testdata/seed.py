# The seed case: coroutines inside gather() that cancel themselves. The
# CancelledError of the first one completes the gather, is thrown into
# main, and comes out of asyncio.run.
import asyncio


async def worker(name, delay):
    await asyncio.sleep(delay)
    print(f"{name}: cancelling myself")
    asyncio.current_task().cancel()
    await asyncio.sleep(0)
    print(f"{name}: not reached")


async def main():
    results = await asyncio.gather(worker("a", 0.1), worker("b", 0.2))
    print("results:", results)


asyncio.run(main())
