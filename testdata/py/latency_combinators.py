# How many loop iterations each combinator takes to wake its awaiter, seen
# by a ticker task that counts iterations with sleep(0).
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
    aw = make()
    finished = await aw
    if isinstance(finished, list):
        finished = finished[0]
    print(f"{label:<22} child finished at tick {finished}, awaiter resumed {tick - finished} ticks later")


async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    await measure("await task", lambda: asyncio.create_task(child()))
    await measure("await coroutine", lambda: child())
    await measure("await gather", lambda: asyncio.gather(child()))
    await measure("await shield", lambda: asyncio.shield(asyncio.create_task(child())))
    await measure("wait_for(task, 10)", lambda: asyncio.wait_for(asyncio.create_task(child()), 10))
    await measure("wait_for(coro, 10)", lambda: asyncio.wait_for(child(), 10))
    t.cancel()


asyncio.run(main())
