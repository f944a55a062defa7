# call_soon FIFO, call_later order and equal call_at deadlines (3.7).
import asyncio


async def main():
    loop = asyncio.get_event_loop()
    order = []
    loop.call_later(0, order.append, "later0")
    loop.call_soon(order.append, "soon1")
    loop.call_soon(order.append, "soon2")
    await asyncio.sleep(0)
    when = loop.time() + 0.1
    for i in range(8):
        loop.call_at(when, order.append, i)
    await asyncio.sleep(0.2)
    print(order)


asyncio.run(main())
