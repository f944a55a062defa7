# The cancelled coroutine sees the message in its own CancelledError, and so
# does the task that awaits it.
import asyncio


async def download():
    try:
        await asyncio.sleep(3)
    except asyncio.CancelledError as e:
        print("download sees:", repr(e))
        raise


async def main():
    t = asyncio.create_task(download())
    await asyncio.sleep(1)
    t.cancel("user pressed stop")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main sees:", repr(e), "same message:", e.args == ("user pressed stop",))


asyncio.run(main())
