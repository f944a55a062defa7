# ZeroDivisionError in a task awaited by main (3.7).
import asyncio


async def ratio(a, b):
    await asyncio.sleep(0.1)
    return a / b


async def main():
    t = asyncio.ensure_future(ratio(1, 0))
    print(await t)


asyncio.run(main())
