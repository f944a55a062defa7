# Cancelling the task that awaits gather() cancels every child; the awaiter
# then sees CancelledError.
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def parent():
    try:
        await asyncio.gather(child("a", 0.1), child("b", 1), child("c", 2))
    except asyncio.CancelledError:
        print("parent: gather raised CancelledError")
        raise


async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.5)
    print("main: cancel parent ->", p.cancel())
    try:
        await p
    except asyncio.CancelledError:
        print("main: parent cancelled =", p.cancelled())


asyncio.run(main())
