# Semaphore waiters are served in order; a task arriving while a slot is
# being handed over waits its turn.
import asyncio


async def job(name, sem, log, hold):
    async with sem:
        log.append(f"{name} in")
        await asyncio.sleep(hold)
        log.append(f"{name} out")


async def main():
    sem = asyncio.Semaphore(2)
    log = []
    first = [asyncio.create_task(job(n, sem, log, 0.1)) for n in ("a", "b", "c", "d")]
    await asyncio.sleep(0.05)
    late = asyncio.create_task(job("late", sem, log, 0.1))
    await asyncio.gather(*first, late)
    print(log)


asyncio.run(main())
