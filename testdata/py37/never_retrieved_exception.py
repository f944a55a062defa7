# "Task exception was never retrieved" in 3.7.
import asyncio


async def boom():
    raise ValueError("nobody listens")


async def main():
    asyncio.ensure_future(boom())
    await asyncio.sleep(0.1)
    print("main done")


asyncio.run(main())
