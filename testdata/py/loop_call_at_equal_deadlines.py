# Timers with exactly the same deadline come out in heapq order, not FIFO.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    when = loop.time() + 0.1
    order = []
    for i in range(12):
        loop.call_at(when, order.append, i)
    await asyncio.sleep(0.2)
    print(order)
    order.clear()
    when = loop.time() + 0.1
    for i in range(5):
        loop.call_at(when, order.append, i)
    loop.call_at(when - 0.05, order.append, "early")
    await asyncio.sleep(0.2)
    print(order)


asyncio.run(main())
