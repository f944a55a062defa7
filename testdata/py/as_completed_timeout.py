# as_completed with a timeout: once it passes, each remaining await raises
# TimeoutError; the unfinished tasks are not cancelled.
import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    tasks = [asyncio.create_task(job(d)) for d in (0.1, 0.5, 0.2)]
    got = []
    try:
        for fut in asyncio.as_completed(tasks, timeout=0.3):
            got.append(await fut)
            print("got", got[-1])
    except TimeoutError:
        print("TimeoutError after", got)
    print("slow task cancelled?", tasks[1].cancelled())
    print("slow task result:", await tasks[1])


asyncio.run(main())
