# The basic shape: cancel a task that is sleeping; it sees CancelledError at
# its await, runs its cleanup and ends cancelled.
import asyncio


async def worker():
    print("worker: sleeping")
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("worker: cancelled, cleaning up")
        raise
    finally:
        print("worker: finally")


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    print("main: cancel ->", t.cancel())
    print("main: cancelled() right away?", t.cancelled())
    await asyncio.sleep(0)
    print("main: after one iteration, cancelled() =", t.cancelled(), "done() =", t.done())


asyncio.run(main())
