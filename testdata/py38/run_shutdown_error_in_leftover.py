# A leftover task that fails with an error during shutdown is reported on
# stderr; the program still exits 0.
import asyncio


async def bad_cleanup():
    try:
        await asyncio.sleep(100)
    finally:
        raise RuntimeError("error during cleanup")


async def main():
    asyncio.create_task(bad_cleanup())
    await asyncio.sleep(0)
    print("main: done")


asyncio.run(main())
print("after run")
