# Plain callbacks run outside any task: current_task() is None there.
import asyncio


def callback(fut):
    print("in done-callback, current_task() is None:", asyncio.current_task() is None)
    print("tasks alive:", len(asyncio.all_tasks()))


async def child():
    await asyncio.sleep(0.1)


async def main():
    t = asyncio.create_task(child())
    t.add_done_callback(callback)
    asyncio.get_running_loop().call_soon(lambda: print("call_soon: current is None:", asyncio.current_task() is None))
    await t
    await asyncio.sleep(0)


asyncio.run(main())
