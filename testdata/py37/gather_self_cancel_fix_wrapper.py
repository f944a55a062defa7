# Fix 2 under 3.7: a wrapper catches the cancellation inside the child task.
import asyncio


async def fetch(i):
    await asyncio.sleep(0.1 * i)
    if i == 2:
        asyncio.current_task().cancel()
        await asyncio.sleep(0)
    print("fetch", i, "done")
    return i * 10


async def safe(coro):
    try:
        return await coro
    except asyncio.CancelledError:
        print("safe: caught the cancellation")
        return None


async def main():
    print(await asyncio.gather(safe(fetch(1)), safe(fetch(2)), safe(fetch(3))))


asyncio.run(main())
