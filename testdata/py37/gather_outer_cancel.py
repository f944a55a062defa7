# Cancelling the task awaiting gather cancels all children (3.7).
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def parent():
    await asyncio.gather(child("a", 0.1), child("b", 1), child("c", 2))


async def main():
    p = asyncio.ensure_future(parent())
    await asyncio.sleep(0.5)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("parent cancelled:", p.cancelled())


asyncio.run(main())
