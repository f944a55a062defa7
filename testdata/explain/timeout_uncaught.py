# explain: cancel-request@7#-1 cancel-delivered@10#0 propagate@7#0 uncaught@13#0
# findings: -
import asyncio


async def main():
    async with asyncio.timeout(0.25):
        for i in range(10):
            print("step", i)
            await asyncio.sleep(0.1)


asyncio.run(main())
