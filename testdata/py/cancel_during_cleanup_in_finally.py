# A task that is cancelled awaits cleanup in finally; a second cancel during
# the cleanup interrupts it.
import asyncio


async def job():
    try:
        await asyncio.sleep(10)
    finally:
        print("cleanup starts")
        try:
            await asyncio.sleep(1)
            print("cleanup finished")
        except asyncio.CancelledError:
            print("cleanup interrupted")
            raise


async def main():
    t = asyncio.create_task(job())
    await asyncio.sleep(0.1)
    t.cancel()
    await asyncio.sleep(0.5)
    print("second cancel ->", t.cancel())
    r = await asyncio.gather(t, return_exceptions=True)
    print(r, t.cancelling())


asyncio.run(main())
