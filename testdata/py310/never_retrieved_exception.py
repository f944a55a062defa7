# A fire-and-forget task that fails: "Task exception was never retrieved"
# is logged on stderr; the program itself exits normally.
import asyncio


async def boom():
    await asyncio.sleep(0.1)
    raise ValueError("nobody is listening")


async def main():
    asyncio.create_task(boom())
    await asyncio.sleep(0.5)
    print("main done")


asyncio.run(main())
