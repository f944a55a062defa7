# asyncio.Barrier: three workers meet after each round; the last to arrive
# releases the others. Then reset() and abort() break waiting tasks.
import asyncio


async def worker(name, barrier, delays):
    for rnd, d in enumerate(delays):
        await asyncio.sleep(d)
        index = await barrier.wait()
        print(f"round {rnd}: {name} passed, arrival index {index}")


async def waiter(name, barrier):
    try:
        async with barrier as index:
            print(name, "passed", index)
    except asyncio.BrokenBarrierError as e:
        print(name, "BrokenBarrierError:", e)


async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    await asyncio.gather(
        worker("a", barrier, [0.1, 0.3]),
        worker("b", barrier, [0.2, 0.1]),
        worker("c", barrier, [0.3, 0.2]),
    )

    b2 = asyncio.Barrier(3)
    tasks = [asyncio.create_task(waiter(f"w{i}", b2)) for i in range(2)]
    await asyncio.sleep(0.1)
    print("waiting:", b2.n_waiting)
    await b2.reset()
    await asyncio.gather(*tasks)
    print("after reset waiting:", b2.n_waiting, "broken:", b2.broken)

    tasks = [asyncio.create_task(waiter(f"x{i}", b2)) for i in range(2)]
    await asyncio.sleep(0.1)
    await b2.abort()
    await asyncio.gather(*tasks)
    print("broken:", b2.broken)
    await waiter("late", b2)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)
    print(isinstance(asyncio.BrokenBarrierError(), RuntimeError))


asyncio.run(main())
