# A semaphore plus a delay limits how fast requests start. Times are printed
# in whole seconds so that real-clock jitter cannot change them.
import asyncio


async def request(i, sem, log, start):
    async with sem:
        loop = asyncio.get_running_loop()
        log.append((i, round(loop.time() - start)))
        await asyncio.sleep(1)


async def main():
    loop = asyncio.get_running_loop()
    sem = asyncio.Semaphore(3)
    log = []
    start = loop.time()
    await asyncio.gather(*(request(i, sem, log, start) for i in range(8)))
    for i, t in log:
        print(f"request {i} started at {t}s")


asyncio.run(main())
