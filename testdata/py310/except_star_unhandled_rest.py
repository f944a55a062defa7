# except* handles part of a group; the rest propagates uncaught.
import asyncio


async def fail(exc):
    await asyncio.sleep(0.1)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("handled")))
            tg.create_task(fail(KeyError("not handled")))
    except* ValueError as eg:
        print("handled:", eg.exceptions)


asyncio.run(main())
