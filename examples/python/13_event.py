# Title: Waiting on an Event, cancelled by a timeout
# Two waiters block on an Event; one gives up after a timeout, the other
# wakes when the Event is set.
import asyncio


async def waiter(name, event, timeout):
    try:
        await asyncio.wait_for(event.wait(), timeout)
        print(f"{name}: woke up")
    except asyncio.TimeoutError:
        print(f"{name}: gave up")


async def main():
    event = asyncio.Event()
    a = asyncio.create_task(waiter("patient", event, 10))
    b = asyncio.create_task(waiter("impatient", event, 1))
    await asyncio.sleep(2)
    event.set()
    await asyncio.gather(a, b)


asyncio.run(main())
