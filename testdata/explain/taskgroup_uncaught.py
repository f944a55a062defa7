# explain: raise@9#2 cancel-request@14#-1 cancel-delivered@7#3 propagate@14#0 uncaught@20#0
# findings: -
import asyncio


async def worker(n):
    await asyncio.sleep(0.1 * n)
    if n == 2:
        raise ZeroDivisionError("worker 2 divided by zero")
    print("worker", n, "ok")


async def main():
    async with asyncio.TaskGroup() as tg:
        for n in range(1, 4):
            tg.create_task(worker(n))
    print("not reached")


asyncio.run(main())
