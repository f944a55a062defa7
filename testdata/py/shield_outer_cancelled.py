# Cancelling a task that awaits shield(inner) cancels only the awaiter; the
# shielded task keeps running and finishes.
import asyncio


async def save(data):
    print("save: writing", data)
    await asyncio.sleep(1)
    print("save: written", data)
    return len(data)


async def handler(t):
    try:
        return await asyncio.shield(t)
    except asyncio.CancelledError:
        print("handler: cancelled, but the save goes on")
        raise


async def main():
    inner = asyncio.create_task(save("records"))
    h = asyncio.create_task(handler(inner))
    await asyncio.sleep(0.2)
    h.cancel()
    await asyncio.gather(h, return_exceptions=True)
    print("handler cancelled:", h.cancelled(), "inner done:", inner.done())
    print("inner result:", await inner)


asyncio.run(main())
