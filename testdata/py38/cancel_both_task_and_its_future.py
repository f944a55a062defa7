# Cancelling a future and the task waiting on it in the same step gives the
# task just one CancelledError.
import asyncio


async def body(fut):
    try:
        await fut
    except asyncio.CancelledError:
        print("body: one CancelledError")
        try:
            await asyncio.sleep(0)
            print("body: no second one")
        except asyncio.CancelledError:
            print("body: a second CancelledError")
        raise


async def main():
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(body(fut))
    await asyncio.sleep(0)
    fut.cancel()
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("task cancelled:", t.cancelled(), "| future cancelled:", fut.cancelled())


asyncio.run(main())
