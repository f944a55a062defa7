# timeout(0): the body runs until its first suspension, then times out.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0):
            print("body starts")
            x = sum(range(10))
            print("computed", x)
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("TimeoutError")


asyncio.run(main())
