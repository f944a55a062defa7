# python: 3.7
# explain: cancel-request@18#0 cancel-delivered@9#1 caught@10#1
# findings: swallowed-cancel@10
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except Exception as e:  # in 3.7 CancelledError is an Exception
        print("worker: ignoring", type(e).__name__)
    return "finished"


async def main():
    task = asyncio.ensure_future(worker())
    await asyncio.sleep(1)
    task.cancel()
    print("main:", await task, "| cancelled:", task.cancelled())


asyncio.run(main())
