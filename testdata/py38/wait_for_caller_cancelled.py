# Cancelling the task that sits in wait_for also cancels the inner task,
# and waits for it to finish before the caller sees CancelledError.
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner: cancelled")
        raise


async def caller():
    try:
        await asyncio.wait_for(inner(), timeout=5)
    except asyncio.CancelledError:
        print("caller: cancelled")
        raise


async def main():
    t = asyncio.create_task(caller())
    await asyncio.sleep(1)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("caller cancelled:", t.cancelled())


asyncio.run(main())
