# Lock serialises a critical section; waiters acquire it in FIFO order.
import asyncio


async def worker(name, lock, log):
    print(name, "wants the lock")
    async with lock:
        log.append(name)
        print(name, "has the lock")
        await asyncio.sleep(0.1)
        print(name, "releases the lock")


async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(worker(f"w{i}", lock, log) for i in range(3)))
    print("order:", log, "| locked now:", lock.locked())


asyncio.run(main())
