# main fails while another task is running: the leftover is cancelled, its
# finally block runs, then the traceback of main's error is printed.
import asyncio


async def helper():
    try:
        await asyncio.sleep(10)
    finally:
        print("helper: finally")


async def main():
    asyncio.create_task(helper())
    await asyncio.sleep(0.1)
    raise LookupError("main gave up")


asyncio.run(main())
