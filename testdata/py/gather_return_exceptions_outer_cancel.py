# Cancelling a task that awaits gather(return_exceptions=True): the children
# are cancelled and the awaiting task still gets CancelledError.
import asyncio


async def child(n):
    await asyncio.sleep(n)
    return n


async def parent():
    try:
        res = await asyncio.gather(child(1), child(2), return_exceptions=True)
        print("parent got", res)
    except asyncio.CancelledError:
        print("parent: CancelledError despite return_exceptions=True")
        raise


async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.5)
    p.cancel()
    await asyncio.gather(p, return_exceptions=True)
    print("parent cancelled:", p.cancelled())


asyncio.run(main())
