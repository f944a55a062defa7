# Async generators that ran to the end are not closed again at shutdown:
# the second run's task number shows how many tasks the first one made.
import asyncio


async def count(n):
    for i in range(n):
        yield i


async def main():
    total = 0
    for _ in range(40):
        async for x in count(3):
            total += x
    print(total)


asyncio.run(main())


async def again():
    print(asyncio.current_task().get_name())


asyncio.run(again())
