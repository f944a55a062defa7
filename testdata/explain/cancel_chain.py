# explain: cancel-request@23#0 propagate@23#0 propagate@23#0
#          cancel-delivered@10#1 cancel-delivered@12#2 cancel-delivered@12#3
#          propagate@25#0 caught@26#0
# findings: -
import asyncio


async def level(name, child=None):
    if child is None:
        await asyncio.sleep(10)
    else:
        await child


async def main():
    c = asyncio.create_task(level("c"))
    await asyncio.sleep(0)
    b = asyncio.create_task(level("b", c))
    await asyncio.sleep(0)
    a = asyncio.create_task(level("a", b))
    await asyncio.sleep(0.1)
    # a awaits b awaits c: cancelling a reaches c first
    a.cancel()
    try:
        await a
    except asyncio.CancelledError:
        print("a, b and c cancelled:", [t.cancelled() for t in (a, b, c)])


asyncio.run(main())
