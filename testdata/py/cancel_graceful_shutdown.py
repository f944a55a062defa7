# A common pattern: workers loop until cancelled, then report what they did.
import asyncio


async def worker(name, period, log):
    count = 0
    try:
        while True:
            await asyncio.sleep(period)
            count += 1
    except asyncio.CancelledError:
        log.append(f"{name} did {count} rounds")
        raise


async def main():
    log = []
    workers = [asyncio.create_task(worker(f"w{i}", p, log)) for i, p in enumerate([0.2, 0.3, 0.5])]
    await asyncio.sleep(1.1)
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])
    for line in log:
        print(line)


asyncio.run(main())
