# An uncaught wait_for timeout: the traceback ends with the builtin
# TimeoutError, raised from the CancelledError.
import asyncio


async def fetch():
    await asyncio.sleep(2)
    return "data"


async def main():
    data = await asyncio.wait_for(fetch(), timeout=1)
    print(data)


asyncio.run(main())
