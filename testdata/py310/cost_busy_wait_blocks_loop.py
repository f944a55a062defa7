# A coroutine busy-waits on loop.time() for 0.02 s without awaiting. The loop
# cannot run anything meanwhile: the sleeper, due after 0.005 s, wakes only
# when the busy coroutine gives the loop back, late.
import asyncio


async def sleeper(loop, start):
    await asyncio.sleep(0.005)
    late = loop.time() - start >= 0.02
    print("sleeper woke", "late" if late else "on time")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    t = asyncio.create_task(sleeper(loop, start))
    await asyncio.sleep(0)  # the sleeper starts and sets its timer
    end = loop.time() + 0.02
    n = 0
    while loop.time() < end:
        n += 1
    print("busy loop done; at least 0.02 s passed:", loop.time() - start >= 0.02)
    await t
    print("main done")


asyncio.run(main())
