# An exception in the body of the async with block cancels the children;
# the body's own exception is wrapped in the ExceptionGroup.
import asyncio


async def child(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("child cancelled")
        raise


async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(log))
            await asyncio.sleep(0.1)
            raise RuntimeError("body failed")
    except* RuntimeError as eg:
        print("caught", eg.exceptions)
    print(log)


asyncio.run(main())
