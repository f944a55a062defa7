# Cancelling a gather(return_exceptions=True) with a message: the awaiter's
# CancelledError is built from the gather's last child, so it carries the
# message only if that last child was itself cancelled.
import asyncio


async def quick():
    await asyncio.sleep(0.1)
    return "quick"


async def slow():
    await asyncio.sleep(5)
    return "slow"


async def try_gather(label, *coros):
    g = asyncio.gather(*coros, return_exceptions=True)
    await asyncio.sleep(0.2)
    print(label, "cancel ->", g.cancel("stop now"))
    try:
        await g
    except asyncio.CancelledError as e:
        print(label, "args:", e.args)


async def main():
    await try_gather("quick,slow:", quick(), slow())
    await try_gather("slow,quick:", slow(), quick())


asyncio.run(main())
