# An event that is set and cleared again before a waiter runs still wakes
# that waiter; a wait after clear blocks.
import asyncio


async def waiter(ev, name):
    await ev.wait()
    print(name, "woke; is_set now", ev.is_set())


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(waiter(ev, "early"))
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await asyncio.sleep(0)
    late = asyncio.create_task(waiter(ev, "late"))
    await asyncio.sleep(0.1)
    print("late still waiting:", not late.done(), "| early done:", t.done())
    ev.set()
    await late


asyncio.run(main())
