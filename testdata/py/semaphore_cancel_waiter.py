# Cancelling a task waiting on a Semaphore does not lose the slot.
import asyncio


async def user(name, sem, hold):
    try:
        async with sem:
            print(name, "in")
            await asyncio.sleep(hold)
        print(name, "out")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    sem = asyncio.Semaphore(1)
    a = asyncio.create_task(user("a", sem, 0.3))
    b = asyncio.create_task(user("b", sem, 0.1))
    c = asyncio.create_task(user("c", sem, 0.1))
    await asyncio.sleep(0.1)
    b.cancel()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print("sem free:", not sem.locked())


asyncio.run(main())
