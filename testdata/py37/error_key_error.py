# KeyError in 3.7.
import asyncio


async def main():
    d = {"a": 1}
    print(d["a"])
    print(d["b"])


asyncio.run(main())
