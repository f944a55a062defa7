# 3.7 wait_for raises concurrent.futures._base.TimeoutError.
import asyncio


async def fetch():
    await asyncio.sleep(2)


async def main():
    await asyncio.wait_for(fetch(), timeout=0.5)


asyncio.run(main())
