# Process items with a per-item timeout and collect the outcome of each.
import asyncio


async def handle(item):
    await asyncio.sleep(item / 10)
    if item == 3:
        raise ValueError("item 3 is invalid")
    return item * 100


async def guarded(item):
    try:
        return await asyncio.wait_for(handle(item), timeout=0.45)
    except TimeoutError:
        return "timeout"
    except ValueError as e:
        return f"error: {e}"


async def main():
    for item, outcome in zip(range(1, 7), await asyncio.gather(*(guarded(i) for i in range(1, 7)))):
        print(item, outcome)


asyncio.run(main())
