# A task that catches CancelledError and returns a value (3.7).
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("ignoring the cancel")
    return "finished anyway"


async def main():
    t = asyncio.ensure_future(stubborn())
    await asyncio.sleep(0.1)
    t.cancel()
    print(await t, t.cancelled())


asyncio.run(main())
