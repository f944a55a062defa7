# A cancelled child makes the gather future fail with CancelledError; the
# gather future itself is not cancelled (3.7).
import asyncio


async def main():
    victim = asyncio.ensure_future(asyncio.sleep(10))
    other = asyncio.ensure_future(asyncio.sleep(0.3, "other"))
    g = asyncio.gather(victim, other)
    await asyncio.sleep(0.1)
    victim.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("await g: CancelledError")
    print("g.cancelled():", g.cancelled(), "exception:", type(g.exception()).__name__)
    print("other:", await other)


asyncio.run(main())
