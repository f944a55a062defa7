# Task names passed to TaskGroup.create_task, and the default names.
import asyncio


async def who():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(who(), name="loader")
        t2 = tg.create_task(who())
        t3 = tg.create_task(who(), name="saver")
    print(t1.result(), t2.result(), t3.result())
    print("main is", asyncio.current_task().get_name())


asyncio.run(main())
