# Title: gather() and a failing child
# One child raises; gather() passes the first exception straight to its
# awaiter, but the other children are not cancelled and keep running.
import asyncio


async def ok(name, delay):
    await asyncio.sleep(delay)
    print(f"{name}: finished")
    return name


async def bad():
    await asyncio.sleep(0.5)
    raise ValueError("bad input")


async def main():
    try:
        await asyncio.gather(ok("fast", 0.1), bad(), ok("slow", 1))
    except ValueError as e:
        print("main: caught", repr(e))
    await asyncio.sleep(2)
    print("main: done")


asyncio.run(main())
