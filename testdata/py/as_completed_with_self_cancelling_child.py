# With as_completed, the self-cancelled child's CancelledError comes out of
# the await inside the loop; catching it there keeps the loop going.
import asyncio


async def fetch(i):
    await asyncio.sleep(0.1 * i)
    if i == 2:
        asyncio.current_task().cancel()
        await asyncio.sleep(0)
    return i * 10


async def main():
    tasks = [asyncio.create_task(fetch(i)) for i in (1, 2, 3)]
    for fut in asyncio.as_completed(tasks):
        try:
            print("result", await fut)
        except asyncio.CancelledError:
            print("one child was cancelled; cancelling() of main =", asyncio.current_task().cancelling())


asyncio.run(main())
