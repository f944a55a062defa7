# A task waiting on an Event, the loop and the Event held only by main():
# the task, its loop and the Event form a cycle nothing else holds, so the
# collector closes the coroutine before reporting the task ("done").
# (Up to 3.9 the Event takes the current loop when made, not this one,
# and the wait fails with "attached to a different loop" instead.)
import asyncio


async def waiter(ev):
    try:
        print("waits")
        await ev.wait()
    finally:
        print("closed")


def main():
    loop = asyncio.new_event_loop()
    ev = asyncio.Event()
    t = loop.create_task(waiter(ev))
    loop.run_until_complete(asyncio.sleep(0))
    print("pending:", not t.done())


main()
print("end of program")
