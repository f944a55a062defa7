# Awaiting a coroutine runs it inline in the same task, so cancelling the
# task reaches the inner coroutine's await directly.
import asyncio


async def fetch_page(n):
    try:
        await asyncio.sleep(1)
        return f"page {n}"
    except asyncio.CancelledError:
        print(f"fetch_page({n}) cancelled")
        raise


async def crawler():
    pages = []
    for n in range(5):
        pages.append(await fetch_page(n))
        print("got", pages[-1])
    return pages


async def main():
    t = asyncio.create_task(crawler())
    await asyncio.sleep(2.5)
    t.cancel()
    res = await asyncio.gather(t, return_exceptions=True)
    print("gather says", res)


asyncio.run(main())
