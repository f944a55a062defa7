# A child that raises CancelledError itself (no cancel() call) ends up
# cancelled, and gather passes the CancelledError to its awaiter.
import asyncio


async def worker(name, delay, give_up=False):
    await asyncio.sleep(delay)
    if give_up:
        print(name, "raises CancelledError")
        raise asyncio.CancelledError()
    print(name, "finished")
    return name


async def main():
    try:
        await asyncio.gather(worker("a", 0.1), worker("b", 0.2, True), worker("c", 0.3))
    finally:
        print("main: gather is over, cancelling() =", asyncio.current_task().cancelling())


asyncio.run(main())
