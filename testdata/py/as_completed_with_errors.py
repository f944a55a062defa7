# Exceptions come out of as_completed at the await of the failed task.
import asyncio


async def check(n):
    await asyncio.sleep(0.1 * n)
    if n == 2:
        raise ValueError(f"check {n} failed")
    return n


async def main():
    tasks = [asyncio.create_task(check(n)) for n in (3, 1, 2)]
    for fut in asyncio.as_completed(tasks):
        try:
            print("ok", await fut)
        except ValueError as e:
            print("error", e)


asyncio.run(main())
