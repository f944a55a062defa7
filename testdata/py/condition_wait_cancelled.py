# A task cancelled in Condition.wait() re-acquires the lock before the
# CancelledError leaves the async with block.
import asyncio


async def waiter(cond):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError:
            print("waiter: cancelled; holds the lock again:", cond.locked())
            raise
    print("not reached")


async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0.1)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("lock released afterwards:", not cond.locked())
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
