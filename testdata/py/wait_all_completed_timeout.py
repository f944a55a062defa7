# wait() with a timeout returns (done, pending) without raising and without
# cancelling the pending tasks.
import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    print("job", delay, "finished")
    return delay


async def main():
    tasks = [asyncio.create_task(job(d)) for d in (0.1, 0.2, 1.0)]
    done, pending = await asyncio.wait(tasks, timeout=0.5)
    print(len(done), "done,", len(pending), "pending")
    print("sorted results:", sorted(t.result() for t in done))
    print("pending cancelled?", [t.cancelled() for t in pending])
    await asyncio.sleep(1)
    print("all done now:", all(t.done() for t in tasks))


asyncio.run(main())
