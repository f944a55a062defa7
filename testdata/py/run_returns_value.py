# asyncio.run returns main's return value; it can be called more than once.
import asyncio


async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b


print(asyncio.run(add(2, 3)))
print(asyncio.run(add(10, 20)))
