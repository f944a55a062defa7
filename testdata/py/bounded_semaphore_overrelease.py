# BoundedSemaphore refuses to be released more often than acquired; a plain
# Semaphore just grows.
import asyncio


async def main():
    plain = asyncio.Semaphore(1)
    plain.release()
    async with plain:
        async with plain:
            print("plain semaphore now admits two")
    bounded = asyncio.BoundedSemaphore(1)
    async with bounded:
        print("inside bounded; locked =", bounded.locked())
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
