# Three cancel() calls before the task runs again deliver one CancelledError,
# and cancelling() counts all three.
import asyncio


async def victim():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        me = asyncio.current_task()
        print("victim: one CancelledError, cancelling() =", me.cancelling())
        raise


async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    print([t.cancel() for _ in range(3)])
    print("cancelling() before it runs:", t.cancelling())
    await asyncio.gather(t, return_exceptions=True)
    print("cancelled:", t.cancelled(), "cancelling:", t.cancelling())


asyncio.run(main())
