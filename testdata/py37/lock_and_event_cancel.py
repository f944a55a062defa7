# Lock and Event waiters cancelled under 3.7.
import asyncio


async def wait_event(ev):
    try:
        await ev.wait()
    except asyncio.CancelledError:
        print("event waiter cancelled")
        raise


async def wait_lock(lock):
    async with lock:
        print("lock waiter acquired")


async def main():
    ev = asyncio.Event()
    lock = asyncio.Lock()
    await lock.acquire()
    e = asyncio.ensure_future(wait_event(ev))
    l1 = asyncio.ensure_future(wait_lock(lock))
    l2 = asyncio.ensure_future(wait_lock(lock))
    await asyncio.sleep(0.1)
    e.cancel()
    l1.cancel()
    lock.release()
    print(await asyncio.gather(e, l1, l2, return_exceptions=True))


asyncio.run(main())
