# A task cancels itself and awaits a future that is already done: nothing
# happens there; the CancelledError arrives at the next real suspension.
import asyncio


async def body():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    done.set_result("ready")
    asyncio.current_task().cancel()
    print("after self-cancel, await done future ->", await done)
    print("still running")
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("delivered at sleep(0)")
        raise


async def main():
    t = asyncio.create_task(body())
    await asyncio.gather(t, return_exceptions=True)
    print("cancelled:", t.cancelled())


asyncio.run(main())
