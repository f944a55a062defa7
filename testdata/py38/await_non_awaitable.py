# Awaiting something that is not awaitable is a TypeError.
import asyncio


def not_async():
    return 5


async def main():
    try:
        await not_async()
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.gather(not_async())
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.sleep


asyncio.run(main())
