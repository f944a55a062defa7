# A pending task kept in a module-level list when the program ends: the
# list, the task and its loop live until the interpreter shuts down, and
# the task is finalised while its coroutine is still suspended ("running
# at" the line of its await); the coroutine is closed afterwards, so its
# finally block prints after the report.
import asyncio

tasks = []


async def worker(name):
    try:
        print(name, "started")
        await asyncio.sleep(1)
        print("never printed")
    finally:
        print(name, "closed")


def main():
    loop = asyncio.new_event_loop()
    tasks.append(loop.create_task(worker("a")))
    loop.run_until_complete(asyncio.sleep(0))
    print("pending:", [not t.done() for t in tasks])


main()
print("end of program")
