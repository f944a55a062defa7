# main catches the CancelledError that a self-cancelled child pushed out of
# gather. main itself was never asked to cancel, so it can carry on, and the
# sibling that is still running finishes later.
import asyncio


async def job(name, delay, cancel_self=False):
    await asyncio.sleep(delay)
    if cancel_self:
        asyncio.current_task().cancel()
        await asyncio.sleep(1)
    print(f"{name} finished")
    return name


async def main():
    me = asyncio.current_task()
    try:
        await asyncio.gather(job("a", 0.1), job("b", 0.2, True), job("c", 0.5))
    except asyncio.CancelledError as e:
        print("main caught", repr(e), "cancelling() =", me.cancelling())
    await asyncio.sleep(1)
    print("main done; cancelled() =", me.cancelled())


asyncio.run(main())
