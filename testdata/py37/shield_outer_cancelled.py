# shield under 3.7: the awaiter is cancelled, the inner task finishes.
import asyncio


async def save():
    await asyncio.sleep(0.5)
    print("save: done")
    return "saved"


async def handler(t):
    try:
        return await asyncio.shield(t)
    except asyncio.CancelledError:
        print("handler: cancelled")
        raise


async def main():
    inner = asyncio.ensure_future(save())
    h = asyncio.ensure_future(handler(inner))
    await asyncio.sleep(0.1)
    h.cancel()
    await asyncio.gather(h, return_exceptions=True)
    print("inner result:", await inner)


asyncio.run(main())
