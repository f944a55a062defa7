# A task cancelled while it sits in sleep(0) gets CancelledError at its
# next step.
import asyncio


async def spinner(log):
    i = 0
    try:
        while True:
            log.append(i)
            i += 1
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        log.append("cancelled")
        raise


async def main():
    log = []
    t = asyncio.create_task(spinner(log))
    for _ in range(3):
        await asyncio.sleep(0)
    print("cancel ->", t.cancel())
    await asyncio.gather(t, return_exceptions=True)
    print(log)


asyncio.run(main())
