# An exception from a gathered child propagates out of asyncio.run.
import asyncio


async def parse(text):
    await asyncio.sleep(0.01 * len(text))
    return int(text)


async def main():
    values = await asyncio.gather(parse("12"), parse("x7"), parse("345"))
    print(sum(values))


asyncio.run(main())
