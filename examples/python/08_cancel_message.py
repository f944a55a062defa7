# Title: cancel() with a message
# The message given to cancel() travels with the CancelledError.
import asyncio


async def job():
    await asyncio.sleep(5)


async def main():
    task = asyncio.create_task(job())
    await asyncio.sleep(1)
    task.cancel("user pressed stop")
    try:
        await task
    except asyncio.CancelledError as e:
        print("cancelled with:", e.args)


asyncio.run(main())
