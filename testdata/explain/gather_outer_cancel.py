# explain: cancel-request@20#0 propagate@20#0 propagate@20#0
#          cancel-delivered@9#2 cancel-delivered@9#3 cancel-delivered@13#1
#          propagate@22#0 caught@23#0
# findings: -
import asyncio


async def child(delay):
    await asyncio.sleep(delay)


async def parent():
    await asyncio.gather(child(1), child(2))


async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.5)
    # cancelling the task that awaits gather() cancels every child
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("parent cancelled:", p.cancelled())


asyncio.run(main())
