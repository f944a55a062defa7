# Task(coro, loop=loop, eager_start=True) (3.12): the task's first step runs
# inside the constructor, up to its first await; ensure_future without a
# task factory schedules as before.
import asyncio

async def w(n):
    print("w", n, "starts")
    await asyncio.sleep(0)
    print("w", n, "ends")
    return n

async def main():
    t = asyncio.Task(w(1), loop=asyncio.get_running_loop(), eager_start=True)
    print("created, done:", t.done())
    u = asyncio.ensure_future(w(2))
    print("ensure_future created")
    print(await t, await u)

asyncio.run(main())
