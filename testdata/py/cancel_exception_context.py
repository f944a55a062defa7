# An error raised while handling a cancellation keeps the CancelledError
# (with its message) as its __context__.
import asyncio


async def inner():
    await asyncio.sleep(10)


async def outer():
    t = asyncio.create_task(inner())
    await asyncio.sleep(0)
    t.cancel("msg")
    try:
        await t
    except asyncio.CancelledError as ex:
        raise ValueError("converted") from ex


async def main():
    try:
        await outer()
    except ValueError as e:
        chain = []
        x = e
        while x is not None:
            chain.append(repr(x))
            x = x.__context__
        print(" <- ".join(chain))
        print("cause is context:", e.__cause__ is e.__context__)


asyncio.run(main())
