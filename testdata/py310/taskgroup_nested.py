# An error in an inner TaskGroup surfaces as an ExceptionGroup nested inside
# the outer group's ExceptionGroup.
import asyncio


async def fails():
    await asyncio.sleep(0.1)
    raise ValueError("inner child")


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fails())


async def main():
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(inner_group())
    except ExceptionGroup as eg:
        print(repr(eg))
        nested = eg.exceptions[0]
        print(type(nested).__name__, nested.message, nested.exceptions)


asyncio.run(main())
