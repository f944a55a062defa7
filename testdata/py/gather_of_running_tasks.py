# gather accepts tasks that already started; it only waits for them.
import asyncio


async def counter(name, n):
    for i in range(n):
        print(f"{name}:{i}")
        await asyncio.sleep(0)
    return f"{name} counted {n}"


async def main():
    t1 = asyncio.create_task(counter("x", 3))
    t2 = asyncio.create_task(counter("y", 2))
    await asyncio.sleep(0)
    print("main: tasks have started, now gather")
    print(await asyncio.gather(t1, t2))


asyncio.run(main())
