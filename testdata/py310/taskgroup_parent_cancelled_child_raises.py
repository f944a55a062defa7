# The parent is cancelled from outside, and a child raises in its finally:
# the group raises an ExceptionGroup rather than CancelledError.
import asyncio


async def child():
    try:
        await asyncio.sleep(10)
    finally:
        raise ZeroDivisionError("in finally")


async def parent():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child())
        await asyncio.sleep(10)


async def main():
    t = asyncio.create_task(parent())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except BaseException as e:
        print(type(e).__name__, getattr(e, "exceptions", None))
    print("parent cancelled:", t.cancelled())


asyncio.run(main())
