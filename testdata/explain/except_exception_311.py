# explain: cancel-request@17#0 cancel-delivered@8#1 propagate@19#0 caught@20#0
# findings: -
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except Exception as e:  # since 3.8 CancelledError is not an Exception: not caught here
        print("worker: ignoring", type(e).__name__)
    return "finished"


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: worker cancelled")


asyncio.run(main())
