# Cancelling one child explicitly is not an error for the group.
import asyncio


async def long_job():
    await asyncio.sleep(10)


async def short_job():
    await asyncio.sleep(0.2)
    return "short"


async def main():
    async with asyncio.TaskGroup() as tg:
        lj = tg.create_task(long_job())
        sj = tg.create_task(short_job())
        await asyncio.sleep(0.1)
        lj.cancel()
    print("group exited normally")
    print("long cancelled:", lj.cancelled(), "| short:", sj.result())


asyncio.run(main())
