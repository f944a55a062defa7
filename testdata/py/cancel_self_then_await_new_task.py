# A task cancels itself and then awaits a new task: the cancellation goes
# straight to the awaited task (bpo-34872), which ends cancelled too.
import asyncio


async def nested():
    try:
        await asyncio.sleep(1)
        print("nested finished")
    except asyncio.CancelledError:
        print("nested: cancelled")
        raise


async def body(holder):
    asyncio.current_task().cancel()
    holder.append(asyncio.create_task(nested()))
    try:
        await holder[0]
    except asyncio.CancelledError:
        print("body: CancelledError")
        raise


async def main():
    holder = []
    t = asyncio.create_task(body(holder))
    await asyncio.gather(t, return_exceptions=True)
    print("body cancelled:", t.cancelled(), "| nested cancelled:", holder[0].cancelled())


asyncio.run(main())
