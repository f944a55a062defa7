# A child that raises from its cleanup while being cancelled adds its error
# to the group.
import asyncio


async def trigger():
    await asyncio.sleep(0.1)
    raise ValueError("first failure")


async def bad_cleanup():
    try:
        await asyncio.sleep(10)
    finally:
        raise OSError("cleanup failed")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(trigger())
            tg.create_task(bad_cleanup())
    except* ValueError as eg:
        print("ValueError part:", eg.exceptions)
    except* OSError as eg:
        print("OSError part:", eg.exceptions)


asyncio.run(main())
