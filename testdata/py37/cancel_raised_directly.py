# main raising CancelledError itself (3.7).
import asyncio


async def main():
    print("main raises CancelledError")
    raise asyncio.CancelledError()


asyncio.run(main())
