# aclose() of async generators: never started, finished, suspended, one that
# swallows GeneratorExit, one that yields again, one whose finally raises.
import asyncio


async def plain():
    try:
        yield 1
        yield 2
    finally:
        print("plain finally")


async def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        await asyncio.sleep(0)
        print("returning")
        return


async def stubborn():
    try:
        yield 1
    finally:
        yield 2


async def raises():
    try:
        yield 1
    finally:
        raise ValueError("in finally")


async def main():
    g = plain()
    print(await g.aclose())  # never started
    print(await g.aclose())
    g = plain()
    await g.__anext__()
    print(await g.aclose())
    print(await g.aclose())
    g = swallow()
    await g.__anext__()
    print(await g.aclose())
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    g = raises()
    await g.__anext__()
    try:
        await g.aclose()
    except ValueError as e:
        print("ValueError:", e, type(e.__context__).__name__)
    g = plain()
    async for x in g:
        break
    await g.aclose()
    print("done")


asyncio.run(main())
