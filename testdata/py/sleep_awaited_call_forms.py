# Every way of awaiting asyncio.sleep(...) directly: through the module,
# imported by name, by another name, replaced by a Python function, with
# keywords, with bad arguments, and cancelled while it waits.
import asyncio
import traceback
from asyncio import sleep

original = asyncio.sleep


async def patched(delay, result=None):
    print("patched sleep", delay)
    return await original(delay, result)


async def sleeper(delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError as e:
        lines = traceback.format_exc().splitlines()
        print("frames", [line.split(" in ")[-1] for line in lines if line.startswith("  File")])
        raise


async def main():
    print(await asyncio.sleep(0.1, "module"))
    print(await sleep(0.2, result="by name"))
    s = asyncio.sleep
    print(await s(delay=0.3, result="other name"))
    print(await asyncio.sleep(0))
    asyncio.sleep = patched
    print(await asyncio.sleep(0.4, "patched"))
    asyncio.sleep = original
    for args, kw in [((), {}), (("x",), {}), ((1, 2, 3), {}), ((0,), {"when": 1})]:
        try:
            await asyncio.sleep(*args, **kw)
        except TypeError as e:
            print("TypeError:", e)
    for delay in (0, 5):
        t = asyncio.create_task(sleeper(delay))
        await asyncio.sleep(0)
        t.cancel()
        try:
            await t
        except asyncio.CancelledError:
            print("cancelled while sleeping", delay, t.cancelled())


asyncio.run(main())
