# A pending task whose loop only main() held: once main() returns, the
# loop, the task and its coroutine form a reference cycle nothing else
# holds. The garbage collector finalises them in the order they were made,
# so the coroutine is closed first (its finally block runs) and the task
# is reported with its coroutine "done".
import asyncio


async def worker():
    try:
        print("worker started")
        await asyncio.sleep(1)
        print("never printed")
    finally:
        print("worker closed")


def main():
    loop = asyncio.new_event_loop()
    task = loop.create_task(worker())
    loop.run_until_complete(asyncio.sleep(0))
    print("task pending:", not task.done())


main()
print("end of program")
