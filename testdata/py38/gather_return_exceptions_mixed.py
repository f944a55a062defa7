# With return_exceptions=True every outcome lands in the list at its index.
import asyncio


class Flaky(Exception):
    pass


async def task(i):
    await asyncio.sleep(0.05 * (5 - i))
    if i % 3 == 0:
        raise Flaky(f"task {i}")
    if i == 4:
        raise KeyError(i)
    return i * i


async def main():
    results = await asyncio.gather(*(task(i) for i in range(6)), return_exceptions=True)
    for i, r in enumerate(results):
        print(i, type(r).__name__, repr(r))
    errors = [r for r in results if isinstance(r, Exception)]
    print(len(errors), "errors")


asyncio.run(main())
