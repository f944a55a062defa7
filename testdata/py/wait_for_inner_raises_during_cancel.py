# An exception raised by the inner coroutine while it is being cancelled
# for the timeout replaces the TimeoutError.
import asyncio


async def messy():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise RuntimeError("cleanup failed")


async def main():
    try:
        await asyncio.wait_for(messy(), timeout=0.1)
    except TimeoutError:
        print("TimeoutError")
    except RuntimeError as e:
        print("RuntimeError:", e, "| context:", type(e.__context__).__name__)


asyncio.run(main())
