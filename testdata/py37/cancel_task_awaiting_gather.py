# 3.7: cancelling a task that awaits gather cancels the children; the
# awaiting task sees CancelledError once all children are done.
import asyncio


async def child(name, log):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        log.append(name)
        raise


async def parent(log):
    try:
        await asyncio.gather(child("a", log), child("b", log), return_exceptions=True)
        print("not reached")
    except asyncio.CancelledError:
        print("parent: CancelledError after", sorted(log))
        raise


async def main():
    log = []
    t = asyncio.ensure_future(parent(log))
    await asyncio.sleep(0.1)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("parent cancelled:", t.cancelled())


asyncio.run(main())
