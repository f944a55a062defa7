# A TaskGroup whose child fails cancels its sibling and the body; a
# wait_for deadline cancels the inner task and raises TimeoutError.
import asyncio


async def ok():
    await asyncio.sleep(1)


async def bad():
    await asyncio.sleep(0.1)
    raise ValueError("bad")


async def slow():
    await asyncio.sleep(10)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok())
            tg.create_task(bad())
            await asyncio.sleep(5)
    except* ValueError as eg:
        print("group:", eg.exceptions)
    try:
        await asyncio.wait_for(slow(), 0.5)
    except TimeoutError:
        print("timed out")
    async with asyncio.timeout(0.2):
        await asyncio.sleep(0.1)
    print("in time")


asyncio.run(main())
