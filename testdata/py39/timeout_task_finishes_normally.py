# After a TimeoutError is handled, the task is not cancelled: it goes on
# and returns a value.
import asyncio


async def job():
    try:
        async with asyncio.timeout(0.1):
            await asyncio.sleep(1)
    except TimeoutError:
        print("job: timed out, using a default")
    await asyncio.sleep(0.1)
    return "default"


async def main():
    t = asyncio.create_task(job())
    print(await t, "| cancelled:", t.cancelled(), "| cancelling:", t.cancelling())


asyncio.run(main())
