# asyncio primitives made before any loop runs bind to the loop that first
# waits on them (CPython 3.10+), so module-level objects work in asyncio.run.
import asyncio

ev = asyncio.Event()
lock = asyncio.Lock()
sem = asyncio.Semaphore(1)
cond = asyncio.Condition()
q = asyncio.Queue(maxsize=1)


async def producer():
    for i in range(3):
        await q.put(i)
        print("put", i)
    await asyncio.sleep(0.1)
    ev.set()
    async with cond:
        cond.notify_all()


async def consumer():
    for _ in range(3):
        print("got", await q.get())
        q.task_done()


async def holder(name):
    async with lock:
        async with sem:
            print(name, "holds the lock")
            await asyncio.sleep(0.05)


async def main():
    async with cond:
        tasks = [asyncio.create_task(c) for c in (producer(), consumer(), holder("a"), holder("b"))]
        await cond.wait()
        print("notified")
    await ev.wait()
    await q.join()
    await asyncio.gather(*tasks)
    print("event set:", ev.is_set(), "lock locked:", lock.locked())


asyncio.run(main())
