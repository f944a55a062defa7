# wait_for around shield: the timeout cancels only the shield's outer
# future; the protected task finishes on its own.
import asyncio


async def slow_commit():
    await asyncio.sleep(0.5)
    print("commit finished")
    return "committed"


async def main():
    t = asyncio.create_task(slow_commit())
    try:
        await asyncio.wait_for(asyncio.shield(t), timeout=0.2)
    except TimeoutError:
        print("timed out waiting; task done?", t.done())
    print("later:", await t)


asyncio.run(main())
