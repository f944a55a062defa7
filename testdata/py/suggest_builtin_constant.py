# A misspelt False is found among the builtins (CPython searches all of them).
import asyncio


async def main():
    pront = 1
    await asyncio.sleep(0)
    return Flase


asyncio.run(main())
