# A task waiting on an Event held by a module global: the Event holds the
# task's waiter future and through it the task, which lives until shutdown
# and is reported with its coroutine still suspended ("running at").
# (Up to 3.9 the Event takes the current loop when made, not this one,
# and the wait fails with "attached to a different loop" instead.)
import asyncio


async def waiter(ev):
    try:
        print("waits")
        await ev.wait()
    finally:
        print("closed")


ev = None


def main():
    global ev
    loop = asyncio.new_event_loop()
    ev = asyncio.Event()
    t = loop.create_task(waiter(ev))
    loop.run_until_complete(asyncio.sleep(0))
    print("pending:", not t.done())


main()
print("end of program")
