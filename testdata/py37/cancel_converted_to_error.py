# A task that turns its cancellation into another exception fails with that
# exception instead of being cancelled.
import asyncio


class ShutdownError(Exception):
    pass


async def service():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        raise ShutdownError("service interrupted") from e


async def main():
    t = asyncio.create_task(service())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except ShutdownError as e:
        print("caught", repr(e), "cause:", repr(e.__cause__))
    print("cancelled:", t.cancelled(), "exception:", repr(t.exception()))
    await asyncio.create_task(service_uncaught())


async def service_uncaught():
    t = asyncio.create_task(service())
    await asyncio.sleep(0)
    t.cancel()
    await t


asyncio.run(main())
