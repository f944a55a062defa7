# main cancels outer, which awaits inner, which sleeps: the request is
# forwarded down the chain and the CancelledError travels back up.
import asyncio


async def inner():
    await asyncio.sleep(10)


async def outer():
    await asyncio.create_task(inner())


async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(1)
    t.cancel("stop")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main caught", repr(e))


asyncio.run(main())
