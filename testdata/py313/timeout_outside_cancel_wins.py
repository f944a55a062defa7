# A cancellation from outside that arrives while a timeout is active is not
# converted into TimeoutError; it propagates as CancelledError.
import asyncio


async def body():
    try:
        async with asyncio.timeout(5):
            await asyncio.sleep(10)
    except TimeoutError:
        print("TimeoutError (unexpected)")
    except asyncio.CancelledError:
        print("body: CancelledError passed through the timeout")
        raise


async def main():
    t = asyncio.create_task(body())
    await asyncio.sleep(1)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("cancelled:", t.cancelled())


asyncio.run(main())
