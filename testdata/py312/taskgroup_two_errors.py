# Two children fail in the same iteration: both end up in the group, in the
# order their done-callbacks ran.
import asyncio


async def fail(exc, delay):
    await asyncio.sleep(delay)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("d"), 0.1))
            tg.create_task(fail(KeyError("e"), 0.1))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message)
        for e in eg.exceptions:
            print("  ", repr(e))


asyncio.run(main())
