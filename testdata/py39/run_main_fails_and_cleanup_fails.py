# main fails and a leftover task fails during shutdown: the shutdown error
# is logged first, then main's traceback ends the output.
import asyncio


async def bad_cleanup():
    try:
        await asyncio.sleep(10)
    finally:
        raise OSError("cleanup failed")


async def main():
    asyncio.create_task(bad_cleanup())
    await asyncio.sleep(0.1)
    raise KeyError("main failed")


asyncio.run(main())
