# A task cancelled before its first step never runs its body (3.7).
import asyncio


async def body():
    print("body runs")
    return 1


async def main():
    t = asyncio.ensure_future(body())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start:", t.cancelled())


asyncio.run(main())
