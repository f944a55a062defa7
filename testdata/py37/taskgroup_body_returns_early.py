# The async with block waits for all children even when the body is done.
import asyncio


async def child(n, log):
    await asyncio.sleep(0.1 * n)
    log.append(n)


async def main():
    log = []
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with asyncio.TaskGroup() as tg:
        for n in (3, 1, 2):
            tg.create_task(child(n, log))
        print("body finished at", round(loop.time() - start, 1))
    print("group finished at", round(loop.time() - start, 1), log)


asyncio.run(main())
