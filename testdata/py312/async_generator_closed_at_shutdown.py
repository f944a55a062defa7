# Async generators left suspended are closed by the loop: one dropped by
# `async for ... break` through the finalizer hook (a task running its
# aclose() is created at the next iteration), one still referenced by
# asyncio.run()'s shutdown_asyncgens, which also logs one whose closing
# fails. The aclose tasks take Task-N names, as the second run shows.
import asyncio


async def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print(name, "finally")
        await asyncio.sleep(0)
        print(name, "after sleep in finally")


async def bad():
    try:
        yield 1
    finally:
        raise ValueError("closing failed")


async def main():
    async for x in gen("dropped"):
        break
    print("after loop")
    for i in range(3):
        await asyncio.sleep(0)
        print("slept", i)
    kept = gen("kept")
    print(await kept.__anext__())
    t = asyncio.create_task(asyncio.sleep(0))
    print(t.get_name())
    b = bad()
    print(await b.__anext__())
    return kept, b


g = asyncio.run(main())


async def again():
    print(asyncio.current_task().get_name())


asyncio.run(again())
