# Cleanup that itself awaits runs to completion before the cancellation
# continues upward.
import asyncio


async def close_connection(name):
    print(f"{name}: closing")
    await asyncio.sleep(0.2)
    print(f"{name}: closed")


async def session(name):
    try:
        print(f"{name}: working")
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        await close_connection(name)
        raise
    finally:
        print(f"{name}: finally")


async def main():
    t = asyncio.create_task(session("s1"))
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: session is gone, done =", t.done())


asyncio.run(main())
