# 3.7: if the inner coroutine raises while being cancelled for the timeout,
# wait_for still raises TimeoutError; the inner error is never retrieved.
import asyncio


async def messy():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise RuntimeError("cleanup failed")


async def main():
    try:
        await asyncio.wait_for(messy(), timeout=0.1)
    except asyncio.TimeoutError:
        print("TimeoutError")
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("main done")


asyncio.run(main())
