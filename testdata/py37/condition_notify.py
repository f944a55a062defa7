# Condition: consumers wait for a predicate; notify wakes one, notify_all
# wakes the rest.
import asyncio


async def consumer(name, cond, items):
    async with cond:
        await cond.wait_for(lambda: items)
        item = items.pop(0)
        print(name, "took", item)


async def main():
    cond = asyncio.Condition()
    items = []
    consumers = [asyncio.create_task(consumer(f"c{i}", cond, items)) for i in range(3)]
    await asyncio.sleep(0.1)
    async with cond:
        items.append("apple")
        cond.notify()
    await asyncio.sleep(0.1)
    async with cond:
        items.extend(["pear", "plum"])
        cond.notify_all()
    await asyncio.gather(*consumers)
    print("left:", items)


asyncio.run(main())
