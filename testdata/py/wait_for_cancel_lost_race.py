# 3.11's wait_for loses a cancellation when the inner future completes in the
# same iteration as the caller is cancelled: the caller gets the result.
import asyncio


async def caller(fut):
    try:
        r = await asyncio.wait_for(fut, 10)
        print("caller: wait_for returned", r)
        return r
    except asyncio.CancelledError:
        print("caller: CancelledError")
        raise


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(caller(fut))
    await asyncio.sleep(0)
    await asyncio.sleep(0)

    def both():
        fut.set_result("inner-done")
        t.cancel()

    loop.call_soon(both)
    await asyncio.gather(t, return_exceptions=True)
    print("cancelled:", t.cancelled(), "| cancelling:", t.cancelling())


asyncio.run(main())
