# A coroutine object can be awaited only once.
import asyncio


async def once():
    await asyncio.sleep(0)
    return "value"


async def main():
    c = once()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
