# want-exit: 0
# want-stdout-prefix: main done\n
# A far timer left pending when main returns is simply dropped, as in CPython.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(1e300, print, "never")
    loop.call_later(10**300, print, "never")
    loop.call_at(float("inf"), print, "never")
    await asyncio.sleep(1)
    print("main done")

asyncio.run(main())
