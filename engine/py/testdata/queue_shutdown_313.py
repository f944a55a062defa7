import asyncio


async def consumer(q, name):
    try:
        while True:
            item = await q.get()
            print(name, "got", item)
            q.task_done()
    except asyncio.QueueShutDown:
        print(name, "sees the queue shut down")


async def main():
    q = asyncio.Queue()
    workers = [asyncio.create_task(consumer(q, f"c{i}")) for i in range(2)]
    for i in range(3):
        await q.put(i)
    await asyncio.sleep(0.1)
    q.shutdown()
    await asyncio.gather(*workers)
    try:
        q.put_nowait(9)
    except asyncio.QueueShutDown:
        print("put after shutdown: QueueShutDown")
    q2 = asyncio.Queue(maxsize=1)
    q2.put_nowait("a")
    blocked = asyncio.create_task(q2.put("b"))
    await asyncio.sleep(0)
    q2.shutdown(immediate=True)
    try:
        await blocked
    except asyncio.QueueShutDown:
        print("blocked put: QueueShutDown")
    print("empty:", q2.empty())
    await q2.join()
    try:
        q2.get_nowait()
    except asyncio.QueueShutDown:
        print("get after immediate shutdown: QueueShutDown")


asyncio.run(main())
