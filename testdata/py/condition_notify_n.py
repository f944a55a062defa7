# Condition.notify(n) wakes n waiters in order.
import asyncio


async def waiter(name, cond, log):
    async with cond:
        await cond.wait()
        log.append(name)


async def main():
    cond = asyncio.Condition()
    log = []
    tasks = [asyncio.create_task(waiter(f"w{i}", cond, log)) for i in range(5)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0.1)
    print("after notify(2):", log)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    print("after notify_all:", log)


asyncio.run(main())
