# 3.13's Queue.shutdown(): put() fails at once, get() drains what is left
# and then fails, and getters already waiting are woken with QueueShutDown.
import asyncio


async def consumer(q, name):
    while True:
        try:
            item = await q.get()
        except asyncio.QueueShutDown:
            print(name, "sees the queue shut down")
            return
        print(name, "got", item)
        await asyncio.sleep(0.1)


async def main():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    c = asyncio.create_task(consumer(q, "consumer"))
    await asyncio.sleep(0.15)
    q.shutdown()
    try:
        await q.put(99)
    except asyncio.QueueShutDown:
        print("put after shutdown: QueueShutDown")
    await c
    idle = asyncio.create_task(consumer(asyncio.Queue(), "idle"))
    await asyncio.sleep(0.1)
    print("idle waiting:", not idle.done())
    q2 = asyncio.Queue()
    idle2 = asyncio.create_task(consumer(q2, "waiter"))
    await asyncio.sleep(0.1)
    q2.shutdown(immediate=True)
    await idle2
    idle.cancel()


asyncio.run(main())
