# asyncio.run needs a coroutine object, not a function.
import asyncio


async def main():
    return 0


try:
    asyncio.run(main)
except ValueError as e:
    print("ValueError:", str(e).split(",")[0])
asyncio.run(42)
