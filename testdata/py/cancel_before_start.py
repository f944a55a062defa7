# A task cancelled before its first step never runs its body at all.
import asyncio


async def body():
    print("body runs")  # never printed
    try:
        await asyncio.sleep(1)
    finally:
        print("finally runs")  # never printed either
    return "done"


async def main():
    t = asyncio.create_task(body())
    print("cancel ->", t.cancel())
    print("done right after cancel():", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiter: CancelledError; cancelled() =", t.cancelled())


asyncio.run(main())
