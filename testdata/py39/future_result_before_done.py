# result() and exception() on a pending future raise InvalidStateError.
import asyncio


async def main():
    f = asyncio.get_running_loop().create_future()
    for name in ("result", "exception"):
        try:
            getattr(f, name)()
        except asyncio.InvalidStateError as e:
            print(name, "->", type(e).__name__, e)
    asyncio.get_running_loop().call_later(0.1, f.set_result, "late")
    print(await f)


asyncio.run(main())
