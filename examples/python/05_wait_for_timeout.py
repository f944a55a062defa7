# Title: wait_for() cancels on timeout
# wait_for() cancels the inner task when the deadline passes and raises
# TimeoutError in the caller; the inner task sees a CancelledError.
import asyncio


async def fetch():
    try:
        await asyncio.sleep(10)
        return "data"
    except asyncio.CancelledError:
        print("fetch: cancelled by wait_for")
        raise


async def main():
    try:
        await asyncio.wait_for(fetch(), timeout=2)
    except asyncio.TimeoutError:
        print("main: timed out after 2 s")


asyncio.run(main())
