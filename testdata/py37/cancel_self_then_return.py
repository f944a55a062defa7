# 3.7 quirk: a task that cancels itself and then returns finishes with a
# CancelledError exception but is not cancelled().
import asyncio


async def body():
    asyncio.current_task().cancel()
    return 12


async def main():
    t = asyncio.ensure_future(body())
    try:
        print(await t)
    except asyncio.CancelledError:
        print("await raised CancelledError")
    print("cancelled():", t.cancelled(), "done():", t.done())
    print("exception():", repr(t.exception()))


asyncio.run(main())
