# wait(timeout=0) returns at once with what is already done.
import asyncio


async def main():
    quick = asyncio.create_task(asyncio.sleep(0, "quick"))
    slow = asyncio.create_task(asyncio.sleep(1, "slow"))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    done, pending = await asyncio.wait([quick, slow], timeout=0)
    print(len(done), len(pending), quick in done, slow in pending)
    slow.cancel()


asyncio.run(main())
