# A body that finishes before the deadline is unaffected.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.2)
        print("body finished in time")
    print("expired:", cm.expired())
    print("deadline was in the future:", cm.when() > loop.time())
    async with asyncio.timeout(None) as cm2:
        await asyncio.sleep(0.1)
    print("when() of a disabled timeout:", cm2.when())


asyncio.run(main())
