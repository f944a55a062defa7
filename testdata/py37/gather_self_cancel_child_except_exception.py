# 3.7: a child with a broad `except Exception` swallows its own
# cancellation, so gather succeeds and the "cancelled" child returns a value.
import asyncio


async def fetch(i):
    try:
        await asyncio.sleep(0.1 * i)
        if i == 2:
            asyncio.current_task().cancel()
            await asyncio.sleep(0)
        return i * 10
    except Exception as e:
        print("fetch", i, "swallowed", type(e).__name__)
        return -1


async def main():
    print(await asyncio.gather(fetch(1), fetch(2), fetch(3)))


asyncio.run(main())
