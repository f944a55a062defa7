# The cancel reaches a future awaited deep inside nested coroutines.
import asyncio


async def level3(ev):
    print("level3 waits for the event")
    await ev.wait()


async def level2(ev):
    try:
        await level3(ev)
    finally:
        print("level2 finally")


async def level1(ev):
    try:
        await level2(ev)
    except asyncio.CancelledError:
        print("level1 sees CancelledError")
        raise


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(level1(ev))
    await asyncio.sleep(0.1)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("event set?", ev.is_set(), "| task cancelled:", t.cancelled())


asyncio.run(main())
