# A pending task on a loop kept in a module-level variable: the loop holds
# the task through the timer of its sleep, so the task lives until shutdown
# and its coroutine is still suspended when it is reported ("running at").
import asyncio


async def worker():
    print("worker started")
    await asyncio.sleep(1)
    print("never printed")


loop = asyncio.new_event_loop()


def main():
    task = loop.create_task(worker())
    loop.run_until_complete(asyncio.sleep(0))
    print("task pending:", not task.done())


main()
print("end of program")
