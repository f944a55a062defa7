# An exception in a plain callback is logged and the loop carries on.
import asyncio


def broken():
    print("broken callback runs")
    return {}["missing"]


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(broken)
    loop.call_soon(print, "next callback still runs")
    await asyncio.sleep(0.1)
    print("main finished normally")


asyncio.run(main())
