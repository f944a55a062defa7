# gather returns results in argument order (3.7).
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    print(name, "done")
    return name


async def main():
    print(await asyncio.gather(job("a", 0.3), job("b", 0.1), job("c", 0.2)))


asyncio.run(main())
