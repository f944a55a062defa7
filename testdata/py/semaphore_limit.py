# A Semaphore limits how many tasks are inside at once.
import asyncio


async def download(i, sem, active, peak):
    async with sem:
        active.append(i)
        peak[0] = max(peak[0], len(active))
        print(f"start {i} (active {len(active)})")
        await asyncio.sleep(0.1 * (i % 3 + 1))
        active.remove(i)
        print(f"end {i}")


async def main():
    sem = asyncio.Semaphore(2)
    active, peak = [], [0]
    await asyncio.gather(*(download(i, sem, active, peak) for i in range(6)))
    print("peak concurrency:", peak[0], "| locked:", sem.locked())


asyncio.run(main())
