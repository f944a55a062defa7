# 3.9 added cancel(msg): the message travels with the CancelledError into
# the task and, from 3.9 to 3.10, out to whoever awaits it.
import asyncio


async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("worker got:", e.args)
        raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    print("cancel() ->", t.cancel("shutting down"))
    try:
        await t
    except asyncio.CancelledError as e:
        print("main got:", e.args)
    print("cancelled():", t.cancelled())


asyncio.run(main())
