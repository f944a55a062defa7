# Lock hands over in FIFO order, skipping a waiter cancelled before its turn.
import asyncio


async def user(name, lock, log):
    try:
        async with lock:
            log.append(name)
            await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        log.append(name + " cancelled")
        raise


async def main():
    lock = asyncio.Lock()
    log = []
    tasks = [asyncio.create_task(user(n, lock, log)) for n in "abcd"]
    await asyncio.sleep(0.05)
    tasks[2].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(log)


asyncio.run(main())
