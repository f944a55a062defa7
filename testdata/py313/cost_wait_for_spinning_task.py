# wait_for around a coroutine that only ever does `await asyncio.sleep(0)`:
# CPU time passes with every pass of the loop, so the 0.1 s timeout expires
# and cancels it, as in CPython.
import asyncio


async def spin():
    n = 0
    try:
        while True:
            n += 1
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("spin cancelled after", "many" if n > 10 else "few", "passes")
        raise


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        await asyncio.wait_for(spin(), timeout=0.1)
    except asyncio.TimeoutError:
        print("timed out; at least 0.1 s passed:", loop.time() - start >= 0.1)


asyncio.run(main())
