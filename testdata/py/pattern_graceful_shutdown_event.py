# Services run until a shutdown Event is set, then clean up in order.
import asyncio


async def service(name, period, stop):
    beats = 0
    while not stop.is_set():
        try:
            await asyncio.wait_for(stop.wait(), timeout=period)
        except TimeoutError:
            beats += 1
    print(f"{name}: stopping after {beats} beats")
    await asyncio.sleep(0.05)
    print(f"{name}: cleaned up")
    return beats


async def main():
    stop = asyncio.Event()
    svcs = [asyncio.create_task(service(n, p, stop)) for n, p in [("db", 0.3), ("web", 0.2)]]
    await asyncio.sleep(1.1)
    print("main: shutdown requested")
    stop.set()
    print("beats:", await asyncio.gather(*svcs))


asyncio.run(main())
