# A heartbeat monitor: if no beat arrives within the timeout, the peer is
# declared dead.
import asyncio


async def peer(beats, intervals):
    for d in intervals:
        await asyncio.sleep(d)
        await beats.put(d)


async def monitor(beats, timeout):
    loop = asyncio.get_running_loop()
    start = loop.time()
    count = 0
    while True:
        try:
            async with asyncio.timeout(timeout):
                await beats.get()
            count += 1
            print(f"beat {count} at {loop.time() - start:.1f}")
        except TimeoutError:
            print(f"peer dead at {loop.time() - start:.1f} after {count} beats")
            return count


async def main():
    beats = asyncio.Queue()
    p = asyncio.create_task(peer(beats, [0.2, 0.3, 0.2, 1.0]))
    print("result:", await monitor(beats, timeout=0.5))
    await p


asyncio.run(main())
