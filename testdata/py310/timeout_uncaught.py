# An uncaught asyncio.timeout expiry ends the program with TimeoutError.
import asyncio


async def main():
    async with asyncio.timeout(0.25):
        for i in range(10):
            print("step", i)
            await asyncio.sleep(0.1)


asyncio.run(main())
