# Return values of acquire(), wait() and friends.
import asyncio


async def main():
    lock = asyncio.Lock()
    print("lock.acquire ->", await lock.acquire(), "| locked:", lock.locked())
    lock.release()
    sem = asyncio.Semaphore(2)
    print("sem.acquire ->", await sem.acquire(), "| locked:", sem.locked())
    print("sem.acquire ->", await sem.acquire(), "| locked:", sem.locked())
    sem.release()
    ev = asyncio.Event()
    ev.set()
    print("event.wait ->", await ev.wait())
    cond = asyncio.Condition()
    async with cond:
        print("cond.wait_for(true) ->", await cond.wait_for(lambda: 7))
    q = asyncio.Queue()
    print("put ->", await q.put(1), "| full:", q.full(), "| maxsize:", q.maxsize, "| empty:", q.empty())
    print("get ->", await q.get(), "| task_done ->", q.task_done(), "| join ->", await q.join())


asyncio.run(main())
