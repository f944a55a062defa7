# Cancelling the task that runs the TaskGroup cancels every child and the
# group lets CancelledError (not an ExceptionGroup) through.
import asyncio


async def child(n, log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(n)
        raise


async def runner(log):
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(4):
                tg.create_task(child(n, log))
    except asyncio.CancelledError:
        print("runner: CancelledError out of the group")
        raise


async def main():
    log = []
    t = asyncio.create_task(runner(log))
    await asyncio.sleep(0.5)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("cancelled children:", sorted(log), "| runner cancelled:", t.cancelled())


asyncio.run(main())
