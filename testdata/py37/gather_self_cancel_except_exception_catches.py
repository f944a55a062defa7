# In 3.7 CancelledError is an Exception, so `except Exception` around gather
# does catch a child's self-cancellation.
import asyncio


async def step(i):
    await asyncio.sleep(0.1)
    if i == 1:
        asyncio.current_task().cancel()
        await asyncio.sleep(0.1)
    return i


async def main():
    try:
        print(await asyncio.gather(step(0), step(1), step(2)))
    except Exception as e:
        print("except Exception caught:", type(e).__name__)
    print("main carries on")


asyncio.run(main())
