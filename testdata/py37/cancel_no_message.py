# 3.7 has no cancel messages: cancel() takes no arguments.
import asyncio


async def main():
    t = asyncio.ensure_future(asyncio.sleep(1))
    try:
        t.cancel("why")
    except TypeError as e:
        print("TypeError:", e)
    print("plain cancel ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError as e:
        print("args:", e.args)


asyncio.run(main())
