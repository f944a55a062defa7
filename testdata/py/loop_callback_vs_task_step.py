# A task's first step and plain callbacks share the same FIFO queue.
import asyncio


async def task_body(name):
    print("task", name, "step 1")
    await asyncio.sleep(0)
    print("task", name, "step 2")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "callback 1")
    asyncio.create_task(task_body("A"))
    loop.call_soon(print, "callback 2")
    asyncio.create_task(task_body("B"))
    loop.call_soon(print, "callback 3")
    await asyncio.sleep(0)
    print("main after first sleep(0)")
    await asyncio.sleep(0)
    print("main after second sleep(0)")


asyncio.run(main())
