# Calling asyncio's Python-level methods with the wrong arguments: 3.10 and
# later name the method by its qualified name (Queue.put), earlier versions
# by its bare name (put).
import asyncio


async def main():
    q = asyncio.Queue()
    lock = asyncio.Lock()
    ev = asyncio.Event()
    sem = asyncio.Semaphore()
    for call in (lambda: q.put(), lambda: q.put(1, 2), lambda: q.get(1),
                 lambda: q.put_nowait(), lambda: lock.acquire(1),
                 lambda: ev.wait(timeout=1), lambda: sem.release(1)):
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)
    try:
        await q.put(item=1, extra=2)
    except TypeError as e:
        print("TypeError:", e)
    await q.put()

asyncio.run(main())
