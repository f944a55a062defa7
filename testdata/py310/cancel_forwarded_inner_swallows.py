# The forwarded cancel is swallowed by the awaited task, which returns a
# value: the outer task receives the value and is not cancelled.
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner: swallowing")
    return 5


async def outer(child):
    value = await child
    print("outer got", value)
    return value * 2


async def main():
    child = asyncio.create_task(inner())
    o = asyncio.create_task(outer(child))
    await asyncio.sleep(0.1)
    o.cancel()
    print("outer result:", await o)
    print("outer cancelled:", o.cancelled(), "cancelling:", o.cancelling())
    print("inner cancelled:", child.cancelled(), "cancelling:", child.cancelling())


asyncio.run(main())
