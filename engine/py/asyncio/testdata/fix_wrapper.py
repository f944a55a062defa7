# The second fix of the seed case: a wrapper that catches the cancellation
# of its own task and returns a value instead, so the gather completes.
import asyncio


async def worker(name, delay):
    await asyncio.sleep(delay)
    asyncio.current_task().cancel()
    await asyncio.sleep(0)


async def safe(name, delay):
    try:
        await worker(name, delay)
    except asyncio.CancelledError:
        return f"{name} cancelled"
    return f"{name} done"


async def main():
    print(await asyncio.gather(safe("a", 0.1), safe("b", 0.2)))


asyncio.run(main())
