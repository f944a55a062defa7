# set_exception accepts a class (it is instantiated) but not StopIteration.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(KeyError)
    print(repr(f.exception()))
    g = loop.create_future()
    try:
        g.set_exception(StopIteration("no"))
    except TypeError as e:
        print("TypeError:", e)
    try:
        await f
    except KeyError as e:
        print("await raised", repr(e))


asyncio.run(main())
