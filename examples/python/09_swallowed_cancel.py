# Title: A task that swallows its cancellation
# The task catches CancelledError and returns normally, so awaiting it
# gives a result and cancelled() is False: the cancel() was ignored.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn: ignoring the cancellation")
    return "finished anyway"


async def main():
    task = asyncio.create_task(stubborn())
    await asyncio.sleep(1)
    task.cancel()
    result = await task
    print("main:", result, "cancelled:", task.cancelled())


asyncio.run(main())
