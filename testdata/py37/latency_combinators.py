# Iterations each combinator takes to wake its awaiter under 3.7.
import asyncio

tick = 0


async def ticker():
    global tick
    while True:
        await asyncio.sleep(0)
        tick += 1


async def child():
    await asyncio.sleep(0)
    return tick


async def measure(label, make):
    finished = await make()
    if isinstance(finished, list):
        finished = finished[0]
    print("%-20s +%d" % (label, tick - finished))


async def main():
    t = asyncio.ensure_future(ticker())
    await asyncio.sleep(0)
    await measure("await task", lambda: asyncio.ensure_future(child()))
    await measure("await coroutine", lambda: child())
    await measure("await gather", lambda: asyncio.gather(child()))
    await measure("await shield", lambda: asyncio.shield(asyncio.ensure_future(child())))
    await measure("wait_for(coro, 10)", lambda: asyncio.wait_for(child(), 10))
    t.cancel()


asyncio.run(main())
