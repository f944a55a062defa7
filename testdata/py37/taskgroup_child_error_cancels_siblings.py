# One failing child cancels its siblings and the body; the group raises an
# ExceptionGroup that except* can take apart.
import asyncio


async def good(log):
    try:
        await asyncio.sleep(1)
        log.append("good finished")
    except asyncio.CancelledError:
        log.append("good cancelled")
        raise


async def bad():
    await asyncio.sleep(0.1)
    raise ValueError("bad input")


async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(good(log))
            tg.create_task(bad())
            try:
                await asyncio.sleep(5)
            except asyncio.CancelledError:
                log.append("body cancelled")
                raise
    except* ValueError as eg:
        print("except* ValueError:", repr(eg))
        print("message:", eg.message, "| exceptions:", eg.exceptions)
    print(log)


asyncio.run(main())
