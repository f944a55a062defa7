# A TaskGroup of 5,000 sleeping tasks; one fails, and the group cancels the rest.
import asyncio

cancelled = 0

async def sleeper(i):
    global cancelled
    try:
        await asyncio.sleep(10 + i % 7)
    except asyncio.CancelledError:
        cancelled += 1
        raise

async def failer():
    # Yield a few times (no real sleep, so CPython is not charged for waiting).
    for _ in range(3):
        await asyncio.sleep(0)
    raise ValueError("one bad task")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(5000):
                tg.create_task(sleeper(i))
            tg.create_task(failer())
    except* ValueError as eg:
        print("caught", len(eg.exceptions), "error(s)")
    print("cancelled", cancelled)

asyncio.run(main())
