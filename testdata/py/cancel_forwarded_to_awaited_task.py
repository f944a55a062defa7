# Cancelling a task that awaits another task forwards the cancel to the
# awaited one: inner sees CancelledError first, then outer.
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner: CancelledError")
        raise


async def outer(child):
    try:
        await child
    except asyncio.CancelledError:
        print("outer: CancelledError; child.cancelled() =", child.cancelled())
        raise


async def main():
    child = asyncio.create_task(inner())
    o = asyncio.create_task(outer(child))
    await asyncio.sleep(0.1)
    print("main: cancel outer")
    o.cancel()
    for i in range(3):
        await asyncio.sleep(0)
        print(f"main: iteration {i}: child done={child.done()} outer done={o.done()}")


asyncio.run(main())
