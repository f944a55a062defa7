# want-exit: 0
# want-stdout-prefix: inside\ndone\n
import asyncio

async def main():
    async with asyncio.timeout(1e308):
        await asyncio.sleep(1)
        print("inside")
    print("done")

asyncio.run(main())
