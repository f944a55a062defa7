# FIRST_COMPLETED reports every task that is done by the time the waiter
# resumes, not only the first one.
import asyncio


async def quick(name, steps):
    for _ in range(steps):
        await asyncio.sleep(0)
    return name


async def main():
    tasks = [asyncio.create_task(quick(n, s), name=n) for n, s in [("a", 2), ("b", 1), ("c", 2)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", sorted(t.get_name() for t in done), "pending:", sorted(t.get_name() for t in pending))


asyncio.run(main())
