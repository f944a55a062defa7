# If the shielded task itself is cancelled, the shield's awaiter sees the
# cancellation too.
import asyncio


async def work():
    await asyncio.sleep(1)
    return "work"


async def main():
    inner = asyncio.create_task(work())
    outer = asyncio.shield(inner)
    asyncio.get_running_loop().call_later(0.3, inner.cancel)
    try:
        await outer
    except asyncio.CancelledError:
        print("shield awaiter: CancelledError")
    print("inner cancelled:", inner.cancelled(), "outer cancelled:", outer.cancelled())
    print("main still running, cancelling() =", asyncio.current_task().cancelling())


asyncio.run(main())
