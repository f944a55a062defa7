# A misspelt asyncio name is CPython's AttributeError with its suggestion.
import asyncio


async def main():
    await asyncio.sleeep(1)


asyncio.run(main())
