# 3.7's wait_for respects a cancellation that arrives in the same iteration
# as the inner future's result (3.8-3.11 lose it).
import asyncio


async def caller(fut):
    try:
        r = await asyncio.wait_for(fut, 10)
        print("caller: wait_for returned", r)
    except asyncio.CancelledError:
        print("caller: CancelledError")
        raise


async def main():
    loop = asyncio.get_event_loop()
    fut = loop.create_future()
    t = asyncio.ensure_future(caller(fut))
    await asyncio.sleep(0)
    await asyncio.sleep(0)

    def both():
        fut.set_result("inner-done")
        t.cancel()

    loop.call_soon(both)
    await asyncio.gather(t, return_exceptions=True)
    print("cancelled:", t.cancelled())


asyncio.run(main())
