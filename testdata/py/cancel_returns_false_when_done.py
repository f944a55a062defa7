# cancel() on a finished task returns False and changes nothing.
import asyncio


async def quick():
    return 7


async def main():
    t = asyncio.create_task(quick())
    await t
    print("cancel on done task ->", t.cancel())
    print("cancelled():", t.cancelled(), "result():", t.result())
    t2 = asyncio.create_task(asyncio.sleep(5))
    await asyncio.sleep(0)
    print("first cancel ->", t2.cancel())
    print("second cancel ->", t2.cancel())
    try:
        await t2
    except asyncio.CancelledError:
        pass
    print("third cancel after it ended ->", t2.cancel())


asyncio.run(main())
