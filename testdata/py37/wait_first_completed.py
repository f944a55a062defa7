# wait() accepts coroutines in 3.7 and wraps them in tasks.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    done, pending = await asyncio.wait([job("a", 0.3), job("b", 0.1)], return_when=asyncio.FIRST_COMPLETED)
    print("done:", sorted(t.result() for t in done), "pending:", len(pending))
    done, _ = await asyncio.wait(pending)
    print("then:", sorted(t.result() for t in done))


asyncio.run(main())
