# Title: Queue workers cancelled after join()
# Two consumers take jobs from a queue; once the queue is drained main()
# cancels them, the usual way to stop worker tasks.
import asyncio


async def consumer(name, queue):
    while True:
        job = await queue.get()
        await asyncio.sleep(job)
        print(f"{name}: job {job} done")
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    for job in [0.3, 0.1, 0.2, 0.4]:
        queue.put_nowait(job)
    workers = [asyncio.create_task(consumer(f"w{i}", queue)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print("workers:", results)


asyncio.run(main())
