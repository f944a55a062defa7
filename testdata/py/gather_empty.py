# gather() with no arguments is an already-finished future with [].
import asyncio


async def main():
    g = asyncio.gather()
    print("done before await:", g.done())
    print("result:", await g)
    print("star of empty list:", await asyncio.gather(*[]))


asyncio.run(main())
