# When the gather future itself is cancelled it raises CancelledError even
# with return_exceptions=True and even if every child swallowed the cancel.
import asyncio


async def stubborn(name):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print(name, "swallows the cancel")
    return name


async def main():
    g = asyncio.gather(stubborn("x"), stubborn("y"), return_exceptions=True)
    await asyncio.sleep(0.1)
    print("g.cancel() ->", g.cancel())
    try:
        print("result", await g)
    except asyncio.CancelledError as e:
        print("await g raised", repr(e))
    print("g.cancelled() =", g.cancelled())


asyncio.run(main())
