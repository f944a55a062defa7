# An uncaught InvalidStateError.
import asyncio


async def main():
    f = asyncio.get_running_loop().create_future()
    f.set_result("first")
    f.set_result("second")


asyncio.run(main())
