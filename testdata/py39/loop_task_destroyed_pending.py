# A task left pending on a loop that is never run again: at exit CPython
# reports "Task was destroyed but it is pending!" with the task's repr.
import asyncio


async def worker():
    print("worker started")
    await asyncio.sleep(1)
    print("never printed")


def main():
    loop = asyncio.new_event_loop()
    task = loop.create_task(worker())
    loop.run_until_complete(asyncio.sleep(0))
    print("main done; task pending:", not task.done())


main()
print("end of program")
