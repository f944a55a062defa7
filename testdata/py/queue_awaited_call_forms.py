# Every way of awaiting a queue's put() and get() directly: the queue
# classes, a subclass that overrides them in Python, bound methods, bad
# arguments, and a getter cancelled while it waits.
import asyncio


class Counting(asyncio.Queue):
    puts = 0

    async def put(self, item):
        Counting.puts += 1
        await super().put(item)


async def waiter(q):
    try:
        return await q.get()
    except asyncio.CancelledError:
        print("getter cancelled while waiting")
        raise


async def main():
    for cls in (asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue, Counting):
        q = cls(maxsize=2)
        got = []

        async def consume():
            for _ in range(5):
                got.append(await q.get())
                q.task_done()

        c = asyncio.create_task(consume())
        for item in (3, 1, 4, 1, 5):
            await q.put(item)
        await q.join()
        await c
        print(cls.__name__, got, q.qsize())
    print("Counting.puts", Counting.puts)

    q = asyncio.Queue()
    put, get = q.put, q.get
    await put("bound")
    print(await get())
    for call in (lambda: q.put(), lambda: q.get(1), lambda: q.put(1, 2), lambda: q.put(item=7, x=1)):
        try:
            await call()
        except TypeError as e:
            print("TypeError:", e)
    await q.put(item="keyword")
    print(await q.get())

    t = asyncio.create_task(waiter(q))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("getter cancelled", t.cancelled(), q.qsize())


asyncio.run(main())
