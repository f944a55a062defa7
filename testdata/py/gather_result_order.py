# gather returns results in argument order, not completion order.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} completes at t={delay}")
    return name.upper()


async def main():
    res = await asyncio.gather(job("a", 0.3), job("b", 0.1), job("c", 0.2))
    print(res)


asyncio.run(main())
