# Iterations between a child's last step and the awaiter resuming for
# wait(), as_completed(), TaskGroup exit and timeout().
import asyncio

tick = 0
done_at = {}


async def ticker():
    global tick
    while True:
        await asyncio.sleep(0)
        tick += 1


async def child(tag):
    await asyncio.sleep(0)
    done_at[tag] = tick


def report(tag):
    print(f"{tag:<14} resumed {tick - done_at[tag]} ticks after the child finished")


async def main():
    bg = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    await asyncio.wait([asyncio.create_task(child("wait"))])
    report("wait")
    for f in asyncio.as_completed([asyncio.create_task(child("as_completed"))]):
        await f
    report("as_completed")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child("TaskGroup"))
    report("TaskGroup")
    async with asyncio.timeout(10):
        await asyncio.create_task(child("timeout"))
    report("timeout")
    bg.cancel()


asyncio.run(main())
