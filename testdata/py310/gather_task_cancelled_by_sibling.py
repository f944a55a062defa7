# One child cancels another child task. gather reports the cancelled child
# with a CancelledError even though nobody cancelled gather itself.
import asyncio


async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow: cancelled while sleeping")
        raise


async def killer(victim):
    await asyncio.sleep(0.1)
    print("killer: cancel(slow) ->", victim.cancel())
    return "killer done"


async def main():
    victim = asyncio.create_task(slow())
    g = asyncio.gather(victim, killer(victim))
    try:
        await g
    except asyncio.CancelledError:
        print("main: gather raised CancelledError")
    print("g.cancelled() =", g.cancelled(), "| victim.cancelled() =", victim.cancelled())
    print("exception type:", type(g.exception()).__name__)


asyncio.run(main())
