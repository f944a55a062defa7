# A swallowed cancel can be followed by a second one that does take effect.
import asyncio


async def worker():
    for attempt in range(3):
        try:
            await asyncio.sleep(1)
            print("worker: slept", attempt)
        except asyncio.CancelledError:
            if attempt == 0:
                print("worker: first cancel ignored")
                continue
            print("worker: giving in at attempt", attempt)
            raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.5)
    t.cancel()
    await asyncio.sleep(1.0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: worker cancelled, cancelling() =", t.cancelling())


asyncio.run(main())
