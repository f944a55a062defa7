# A TaskGroup inside asyncio.timeout: at the deadline every child is
# cancelled and the block raises TimeoutError.
import asyncio


async def download(name, d, log):
    try:
        await asyncio.sleep(d)
        log.append(f"{name} done")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    log = []
    try:
        async with asyncio.timeout(0.5):
            async with asyncio.TaskGroup() as tg:
                for name, d in [("small", 0.2), ("large", 3), ("medium", 0.4)]:
                    tg.create_task(download(name, d, log))
    except TimeoutError:
        print("TimeoutError")
    print(sorted(log))


asyncio.run(main())
