# 3.7: asyncio.TimeoutError is not the builtin TimeoutError, so
# `except TimeoutError` does not catch a wait_for timeout.
import asyncio


async def main():
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.1)
    except TimeoutError:
        print("builtin TimeoutError caught it (not in 3.7)")


asyncio.run(main())
