# shield passes results and exceptions of the inner awaitable through; a
# finished inner is returned as is.
import asyncio


async def value():
    await asyncio.sleep(0.1)
    return "v"


async def broken():
    await asyncio.sleep(0.1)
    raise LookupError("missing")


async def main():
    print(await asyncio.shield(value()))
    try:
        await asyncio.shield(broken())
    except LookupError as e:
        print("exception through shield:", repr(e))
    t = asyncio.create_task(value())
    await t
    print("shield(done task) is the task:", asyncio.shield(t) is t)


asyncio.run(main())
