# A lock waiter that is cancelled right after being woken passes the lock
# on to the next waiter.
import asyncio


async def user(name, lock):
    try:
        async with lock:
            print(name, "has the lock")
            await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(user("a", lock))
    b = asyncio.create_task(user("b", lock))
    await asyncio.sleep(0)
    lock.release()
    a.cancel()
    await asyncio.gather(a, b, return_exceptions=True)
    print("a cancelled:", a.cancelled(), "| locked:", lock.locked())


asyncio.run(main())
