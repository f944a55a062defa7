# Cancelling the future a task is awaiting (not the task) cancels the task.
import asyncio


async def waiter(fut):
    try:
        print("waiter: got", await fut)
    except asyncio.CancelledError:
        print("waiter: the future was cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0.1)
    fut.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("task cancelled:", t.cancelled(), "future cancelled:", fut.cancelled())


asyncio.run(main())
