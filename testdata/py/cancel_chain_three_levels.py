# A awaits B awaits C. Cancelling A reaches C first, then unwinds one task
# per loop iteration.
import asyncio


async def level(name, child=None):
    try:
        if child is None:
            await asyncio.sleep(10)
        else:
            await child
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    finally:
        print(name, "finally")


async def main():
    c = asyncio.create_task(level("C"))
    b = asyncio.create_task(level("B", c))
    a = asyncio.create_task(level("A", b))
    await asyncio.sleep(0.1)
    a.cancel()
    step = 0
    while not a.done():
        await asyncio.sleep(0)
        step += 1
        print("step", step, [t.done() for t in (a, b, c)])


asyncio.run(main())
