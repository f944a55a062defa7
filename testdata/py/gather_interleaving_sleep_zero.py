# Children created by gather start in argument order, one iteration after
# gather is called, and interleave at each sleep(0).
import asyncio


async def walker(name, steps):
    for i in range(steps):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "end")
    return steps


async def main():
    g = asyncio.gather(walker("A", 3), walker("B", 1), walker("C", 2))
    print("gather created; children have not run yet")
    print(await g)


asyncio.run(main())
