# Cancel of a task awaiting another task is forwarded to the awaited one.
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner: cancelled")
        raise


async def outer(child):
    try:
        await child
    except asyncio.CancelledError:
        print("outer: cancelled")
        raise


async def main():
    child = asyncio.ensure_future(inner())
    o = asyncio.ensure_future(outer(child))
    await asyncio.sleep(0.1)
    o.cancel()
    await asyncio.gather(o, return_exceptions=True)
    print(child.cancelled(), o.cancelled())


asyncio.run(main())
