# Title: wait(FIRST_COMPLETED), then cancel the rest
# Race three tasks, keep the winner, cancel the losers and wait for them to
# finish cancelling.
import asyncio


async def server(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        raise


async def main():
    tasks = [asyncio.create_task(server(n, d)) for n, d in [("a", 3), ("b", 1), ("c", 2)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for t in done:
        print("winner:", t.result())
    for t in tasks:
        if t in pending:
            t.cancel()
    await asyncio.wait(pending)
    print("cancelled:", [t.cancelled() for t in tasks])


asyncio.run(main())
