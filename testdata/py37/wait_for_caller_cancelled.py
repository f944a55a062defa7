# 3.7: when the caller of wait_for is cancelled it does not wait for the
# inner task; the caller sees CancelledError first.
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner: cancelled")
        raise


async def caller():
    try:
        await asyncio.wait_for(inner(), timeout=5)
    except asyncio.CancelledError:
        print("caller: cancelled")
        raise


async def main():
    t = asyncio.ensure_future(caller())
    await asyncio.sleep(1)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    await asyncio.sleep(0.1)
    print("caller cancelled:", t.cancelled())


asyncio.run(main())
