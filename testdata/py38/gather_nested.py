# gather of gathers: results nest, ordering of prints follows the timers.
import asyncio


async def leaf(tag, delay):
    await asyncio.sleep(delay)
    print("leaf", tag)
    return tag


async def main():
    left = asyncio.gather(leaf("L1", 0.3), leaf("L2", 0.1))
    right = asyncio.gather(leaf("R1", 0.2), leaf("R2", 0.4))
    result = await asyncio.gather(left, right, leaf("solo", 0.25))
    print(result)


asyncio.run(main())
