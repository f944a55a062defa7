# A gather protected by shield completes even though its awaiter is
# cancelled; the result can be collected afterwards.
import asyncio


async def part(n):
    await asyncio.sleep(0.1 * n)
    print("part", n, "done")
    return n


async def main():
    g = asyncio.gather(part(1), part(2), part(3))

    async def wait_on_it():
        return await asyncio.shield(g)

    w = asyncio.create_task(wait_on_it())
    await asyncio.sleep(0.15)
    w.cancel()
    print(await asyncio.gather(w, return_exceptions=True))
    print("gather result:", await g)


asyncio.run(main())
