# timeout_at uses an absolute loop time; reschedule() moves the deadline.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout_at(start + 0.5) as cm:
            await asyncio.sleep(0.3)
            print("extending the deadline by 1s")
            cm.reschedule(cm.when() + 1)
            await asyncio.sleep(0.5)
            print("still inside at", round(loop.time() - start, 1))
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out at", round(loop.time() - start, 1))
    try:
        async with asyncio.timeout(0.1) as cm:
            cm.reschedule(None)
            print("when after reschedule(None):", cm.when())
            await asyncio.sleep(0.3)
            print("no timeout fired")
    except TimeoutError:
        print("unexpected")


asyncio.run(main())
