# The classic 3.7 trap: a broad `except Exception` inside a task swallows
# its cancellation, so the task is not cancelled.
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except Exception as e:
        print("worker: except Exception caught", type(e).__name__)
        return "caught-by-Exception"


async def main():
    t = asyncio.ensure_future(worker())
    await asyncio.sleep(0.1)
    t.cancel()
    print("result:", await t)
    print("cancelled:", t.cancelled())


asyncio.run(main())
