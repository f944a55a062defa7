# Cancelling a sleeping task under 3.7.
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("worker: cancelled")
        raise
    finally:
        print("worker: finally")


async def main():
    t = asyncio.ensure_future(worker())
    await asyncio.sleep(0.1)
    print("cancel ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("main: cancelled() =", t.cancelled())


asyncio.run(main())
