# Releasing a lock that is not held raises RuntimeError.
import asyncio


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    print("locked:", lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
