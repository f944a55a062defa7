# The same awaitable passed twice runs once; its result is repeated.
import asyncio

runs = 0


async def compute():
    global runs
    runs += 1
    await asyncio.sleep(0.1)
    return 42


async def main():
    c = compute()
    t = asyncio.ensure_future(compute())
    print(await asyncio.gather(c, t, c, t))
    print("runs:", runs)


asyncio.run(main())
