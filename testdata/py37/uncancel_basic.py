# cancelling()/uncancel(): a task catches a cancellation, withdraws it with
# uncancel() and keeps working; a later cancel ends it.
import asyncio


async def worker():
    me = asyncio.current_task()
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("caught; cancelling() =", me.cancelling())
        print("uncancel() ->", me.uncancel())
    print("continuing; cancelling() =", me.cancelling())
    await asyncio.sleep(1)
    print("not reached")


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.5)
    t.cancel()
    await asyncio.sleep(0.5)
    print("main: still running?", not t.done())
    t.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main: cancelled() =", t.cancelled(), "| uncancel on done task ->", t.uncancel())
    print("cancelled() still", t.cancelled())


asyncio.run(main())
