# Task names: the main task is Task-1, later tasks count up; set_name and
# the name= argument override them.
import asyncio


async def child():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()


async def main():
    print("main:", asyncio.current_task().get_name())
    t2 = asyncio.create_task(child())
    t3 = asyncio.create_task(child(), name="worker")
    t4 = asyncio.create_task(child())
    t4.set_name("renamed")
    t5 = asyncio.ensure_future(child())
    print(await asyncio.gather(t2, t3, t4, t5))
    t6 = asyncio.create_task(child())
    print("next default name:", t6.get_name())
    await t6
    t7 = asyncio.create_task(child(), name=42)
    print("non-string name:", repr(t7.get_name()))
    await t7


asyncio.run(main())
