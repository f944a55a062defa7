# An exception inside an async generator reaches the async for.
import asyncio


async def readings():
    for value in [3, 7, -1, 5]:
        await asyncio.sleep(0.1)
        if value < 0:
            raise ValueError(f"bad reading {value}")
        yield value


async def main():
    total = 0
    try:
        async for v in readings():
            total += v
            print("reading", v)
    except ValueError as e:
        print("stopped:", e, "| total so far", total)


asyncio.run(main())
