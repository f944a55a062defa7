# Calling exception() marks the error as retrieved, so nothing is logged.
import asyncio


async def boom():
    raise ValueError("seen")


async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.1)
    print("done:", t.done(), "exception:", repr(t.exception()))
    del t
    print("main done")


asyncio.run(main())
