# Cancelling a task blocked in Event.wait(); the event itself is unaffected
# and still wakes the other waiters.
import asyncio


async def waiter(name, ev):
    try:
        await ev.wait()
        print(name, "got the event")
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise


async def main():
    ev = asyncio.Event()
    a = asyncio.create_task(waiter("a", ev))
    b = asyncio.create_task(waiter("b", ev))
    await asyncio.sleep(0.1)
    a.cancel()
    await asyncio.sleep(0.1)
    ev.set()
    await asyncio.gather(a, b, return_exceptions=True)
    print("a cancelled:", a.cancelled(), "b cancelled:", b.cancelled())


asyncio.run(main())
