import asyncio


async def worker(name, delay):
    await asyncio.sleep(0)


async def opts(a, b=2, *rest, key=None, **extra):
    await asyncio.sleep(0)


class Client:
    async def get(self, path):
        await asyncio.sleep(0)

    @classmethod
    async def make(cls, n):
        await asyncio.sleep(0)


class Job:
    def __repr__(self):
        print("never called for a label")
        return "Job()"


async def main():
    async def inner(x):
        await asyncio.sleep(0)

    long = "abcdefghijklmnopqrstuvwxyz0123456789"
    made_early = worker("early", 0)
    tasks = [
        asyncio.create_task(worker("a", 0.1)),
        asyncio.create_task(worker(long, 10**50)),
        asyncio.create_task(worker(list(range(10)), {"b": 1, "a": [1, [2, [3, [4, [5, [6, [7]]]]]]], "c": 3, "d": 4, "e": 5})),
        asyncio.create_task(opts(1)),
        asyncio.create_task(opts(1, 5, 6, 7, key="k", z=(1,), y={3, 1, 2})),
        asyncio.create_task(opts(b=3, a=None)),
        asyncio.create_task(worker("x", 1), name="fetcher"),
        asyncio.create_task(Client().get("/orders")),
        asyncio.create_task(Client.make(3)),
        asyncio.create_task(asyncio.sleep(1)),
        asyncio.create_task(asyncio.wait_for(worker("w", 2), 1)),
        asyncio.create_task(worker(b"bytes", True)),
        asyncio.create_task(worker(ValueError("boom"), frozenset())),
        asyncio.create_task(inner("it's")),
        asyncio.create_task(worker("ééééééééééééééééééééééééééééééééééé", None)),
        asyncio.create_task(worker(Job(), [])),
        asyncio.create_task(made_early),
    ]
    later = asyncio.create_task(worker("late", 0))
    later.set_name("renamed")
    getter = asyncio.create_task(asyncio.Queue().get())
    waiter = asyncio.create_task(asyncio.wait([tasks[0]], timeout=5))
    await asyncio.gather(*tasks, later, waiter, return_exceptions=True)
    getter.cancel()


asyncio.run(main())
