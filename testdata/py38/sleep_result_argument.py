# sleep(delay, result) returns result; sleep(0) yields exactly once.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.sleep(0.1, result="slept"))
    seen = []
    loop.call_soon(seen.append, "callback ran")
    print(await asyncio.sleep(0, result=10), seen)
    print(await asyncio.sleep(-1, "negative is like zero"))


asyncio.run(main())
