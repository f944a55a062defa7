# Once gather has failed, cancel() on it returns False and the survivors are
# left running.
import asyncio


async def survivor():
    await asyncio.sleep(0.3)
    print("survivor finished anyway")
    return "s"


async def failer():
    await asyncio.sleep(0.1)
    raise OSError("disk full")


async def main():
    g = asyncio.gather(survivor(), failer())
    try:
        await g
    except OSError as e:
        print("gather failed:", e)
    print("g.cancel() ->", g.cancel())
    await asyncio.sleep(0.5)
    print("main done")


asyncio.run(main())
