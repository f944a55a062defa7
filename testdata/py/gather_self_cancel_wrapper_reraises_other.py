# A wrapper that turns a child's cancellation into a real error makes
# gather fail with that error instead of CancelledError.
import asyncio


class FetchAborted(Exception):
    pass


async def fetch(i):
    await asyncio.sleep(0.1 * i)
    if i == 2:
        asyncio.current_task().cancel()
        await asyncio.sleep(0)
    return i


async def strict(coro, i):
    try:
        return await coro
    except asyncio.CancelledError:
        raise FetchAborted(f"fetch {i} aborted") from None


async def main():
    try:
        await asyncio.gather(*(strict(fetch(i), i) for i in (1, 2, 3)))
    except FetchAborted as e:
        print("gather failed:", e)
    print(await asyncio.gather(*(strict(fetch(i), i) for i in (1, 2, 3)), return_exceptions=True))


asyncio.run(main())
