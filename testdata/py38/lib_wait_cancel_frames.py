# A task cancelled while it waits inside one of asyncio's primitives: the
# traceback's innermost frames are the primitive's own (queues.py,
# locks.py), in every version.
import asyncio
import traceback


async def wait_in(name, op):
    try:
        await op()
    except asyncio.CancelledError:
        print("--", name)
        traceback.print_exc()
        raise


async def cancel_while_waiting(name, op):
    t = asyncio.create_task(wait_in(name, op))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        pass


async def main():
    q = asyncio.Queue()
    await cancel_while_waiting("Queue.get", q.get)
    full = asyncio.Queue(1)
    full.put_nowait(0)
    await cancel_while_waiting("Queue.put", lambda: full.put(1))
    await cancel_while_waiting("Queue.join", full.join)
    ev = asyncio.Event()
    await cancel_while_waiting("Event.wait", ev.wait)
    lock = asyncio.Lock()
    await lock.acquire()
    await cancel_while_waiting("Lock.acquire", lock.acquire)

    async def lock_with():
        async with lock:
            pass
    await cancel_while_waiting("async with Lock", lock_with)
    sem = asyncio.Semaphore(0)
    await cancel_while_waiting("Semaphore.acquire", sem.acquire)

    async def sem_with():
        async with sem:
            pass
    await cancel_while_waiting("async with Semaphore", sem_with)
    cond = asyncio.Condition()

    async def cond_wait():
        async with cond:
            await cond.wait()
    await cancel_while_waiting("Condition.wait", cond_wait)

    async def cond_wait_for():
        async with cond:
            await cond.wait_for(lambda: False)
    await cancel_while_waiting("Condition.wait_for", cond_wait_for)
    await cond.acquire()

    async def cond_with():
        async with cond:
            pass
    await cancel_while_waiting("async with Condition", cond_with)
    await cancel_while_waiting("Condition.acquire", cond.acquire)
    # One left uncaught: the traceback asyncio.run prints ends in the same
    # frames.
    await q.get()


async def outer():
    t = asyncio.create_task(main())
    await asyncio.sleep(0.1)
    t.cancel()
    await t

asyncio.run(outer())
