# A pending task on a loop that main() made the current loop with
# set_event_loop(): asyncio's policy keeps the loop, the loop keeps the
# task, and the task is reported at shutdown with its coroutine still
# suspended ("running at").
import asyncio


async def worker():
    print("worker started")
    await asyncio.sleep(1)
    print("never printed")


def main():
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    task = loop.create_task(worker())
    loop.run_until_complete(asyncio.sleep(0))
    print("task pending:", not task.done())


main()
print("end of program")
