# A task's exception is raised where the task is awaited, not where it
# happened; the traceback shows both.
import asyncio


async def compute():
    await asyncio.sleep(0.1)
    return 1 / 0


async def main():
    t = asyncio.create_task(compute())
    await asyncio.sleep(0.5)
    print("task done:", t.done())
    print(await t)


asyncio.run(main())
