# call_at uses the loop's clock; mixing call_at and call_later.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    events = []
    loop.call_at(t0 + 0.3, events.append, "at+0.3")
    loop.call_later(0.2, events.append, "later 0.2")
    loop.call_at(t0 + 0.1, events.append, "at+0.1")
    loop.call_soon(events.append, "soon")
    await asyncio.sleep(0.5)
    print(events)
    print("elapsed", round(loop.time() - t0, 1))


asyncio.run(main())
