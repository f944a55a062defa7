# Coroutines of asyncio's own (sleep, Queue.get) dropped unawaited warn like
# those of async defs; the warnings module prints each warning once per line.
import asyncio


async def helper():
    print("helper never runs")


async def main():
    asyncio.sleep(1)
    print("after the forgotten sleep")
    helper()
    print("after the forgotten helper")
    q = asyncio.Queue()
    q.get()
    for i in range(3):
        asyncio.sleep(i)
        helper()
    print("end")


asyncio.run(main())
