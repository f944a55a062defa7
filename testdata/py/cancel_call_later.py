# A timer set with call_later cancels a task at a virtual time.
import asyncio


async def ticker():
    n = 0
    try:
        while True:
            await asyncio.sleep(0.3)
            n += 1
            print("tick", n)
    except asyncio.CancelledError:
        print("ticker stopped after", n, "ticks")
        raise


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    t = asyncio.create_task(ticker())
    loop.call_later(1.0, t.cancel)
    try:
        await t
    except asyncio.CancelledError:
        print("elapsed", round(loop.time() - start, 1))


asyncio.run(main())
