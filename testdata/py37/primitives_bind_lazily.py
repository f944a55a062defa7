# 3.10 binds asyncio's primitives to the running loop when first used,
# not when made: ones made at module level work under asyncio.run, and
# the same Event cannot then serve a second asyncio.run.
import asyncio

ready = asyncio.Event()
lock = asyncio.Lock()


async def setter():
    await asyncio.sleep(0.1)
    async with lock:
        print("setter: setting")
        ready.set()


async def main():
    asyncio.create_task(setter())
    await ready.wait()
    print("main: ready, locked =", lock.locked())


asyncio.run(main())
ready.clear()


async def again():
    asyncio.get_running_loop().call_later(0.1, ready.set)
    await ready.wait()


try:
    asyncio.run(again())
except RuntimeError as e:
    print("second run: RuntimeError, bound to a different event loop:", "different event loop" in str(e))
