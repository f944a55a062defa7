# Title: Fix 2: a wrapper coroutine that catches the cancellation
# Each worker runs inside a wrapper that catches CancelledError and turns
# it into a result, so every gather() child finishes normally.
import asyncio


async def worker(name, delay):
    await asyncio.sleep(delay)
    print(f"{name}: done, cancelling my own task")
    asyncio.current_task().cancel()
    await asyncio.sleep(0)  # CancelledError is delivered here
    print(f"{name}: never printed")


async def safely(coro, name):
    try:
        return await coro
    except asyncio.CancelledError:
        print(f"{name}: cancellation caught")
        return f"{name} cancelled"


async def main():
    results = await asyncio.gather(
        safely(worker("a", 0.1), "a"), safely(worker("b", 0.2), "b")
    )
    print("results:", results)


asyncio.run(main())
