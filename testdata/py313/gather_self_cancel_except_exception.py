# In 3.8+ CancelledError is a BaseException: an `except Exception` around
# gather does not catch a child's self-cancellation.
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
        print("never printed:", repr(e))
    print("not reached either")


asyncio.run(main())
