# A fixed pool of workers drains a queue of jobs; results are collected
# in job order.
import asyncio

# Chosen so that no two jobs ever finish within 0.1s of each other.
DELAYS = [0.4, 0.55, 0.25, 0.45]


async def worker(wid, jobs, results):
    while True:
        n = await jobs.get()
        try:
            await asyncio.sleep(DELAYS[n % 4])
            results[n] = f"w{wid}:{n * n}"
        finally:
            jobs.task_done()


async def main():
    jobs = asyncio.Queue()
    results = {}
    for n in range(10):
        jobs.put_nowait(n)
    pool = [asyncio.create_task(worker(w, jobs, results)) for w in range(3)]
    await jobs.join()
    for t in pool:
        t.cancel()
    outcome = await asyncio.gather(*pool, return_exceptions=True)
    print([type(o).__name__ for o in outcome])
    print([results[n] for n in sorted(results)])


asyncio.run(main())
