# An ExceptionGroup from a TaskGroup that nobody handles.
import asyncio


async def worker(n):
    await asyncio.sleep(0.1 * n)
    if n == 2:
        raise ZeroDivisionError("division by zero in worker 2")
    print("worker", n, "ok")


async def main():
    async with asyncio.TaskGroup() as tg:
        for n in range(1, 4):
            tg.create_task(worker(n))
    print("not reached")


asyncio.run(main())
