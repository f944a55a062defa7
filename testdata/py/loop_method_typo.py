# A misspelt loop method is CPython's AttributeError with its suggestion.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_latr(1, print, "late")


asyncio.run(main())
