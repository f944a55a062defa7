# Title: Cancelling a task from outside
# main() cancels a sleeping task. The CancelledError is raised inside the
# task at its await, runs its finally block, and reaches main() when it
# awaits the task.
import asyncio


async def slow():
    try:
        print("slow: sleeping for an hour")
        await asyncio.sleep(3600)
    finally:
        print("slow: cleaning up")


async def main():
    task = asyncio.create_task(slow())
    await asyncio.sleep(1)
    print("main: cancel() returned", task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        print("main: the task was cancelled:", task.cancelled())


asyncio.run(main())
