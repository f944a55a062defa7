# A cancellation with a message that nobody catches: the message appears in
# the last traceback line.
import asyncio


async def job():
    await asyncio.sleep(5)


async def main():
    t = asyncio.create_task(job())
    asyncio.get_running_loop().call_later(0.5, t.cancel, "deadline passed")
    await t
    print("not reached")


asyncio.run(main())
