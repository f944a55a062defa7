# return_exceptions=True with errors and a cancelled child (3.7).
import asyncio


async def task(i):
    await asyncio.sleep(0.1 * (4 - i))
    if i == 1:
        raise KeyError(i)
    if i == 2:
        raise asyncio.CancelledError()
    return i


async def main():
    print(await asyncio.gather(*[task(i) for i in range(4)], return_exceptions=True))


asyncio.run(main())
