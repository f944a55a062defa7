# Event: waiters block until set(); wait() on a set event returns at once.
import asyncio


async def waiter(name, ev):
    print(name, "waiting")
    await ev.wait()
    print(name, "woke up")


async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, ev)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0.1)
    print("is_set:", ev.is_set(), "-> set()")
    ev.set()
    await asyncio.gather(*tasks)
    print("wait on a set event returns", await ev.wait())
    ev.clear()
    print("after clear:", ev.is_set())


asyncio.run(main())
