# Cancelling a task blocked in Queue.join().
import asyncio


async def main():
    q = asyncio.Queue()
    q.put_nowait("never processed")
    joiner = asyncio.create_task(q.join())
    await asyncio.sleep(0.1)
    print("join still waiting:", not joiner.done())
    joiner.cancel()
    try:
        await joiner
    except asyncio.CancelledError:
        print("join cancelled; unfinished items:", q.qsize())


asyncio.run(main())
