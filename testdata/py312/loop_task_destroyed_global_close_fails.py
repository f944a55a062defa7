# A pending task a module global holds, whose finally block raises: at
# shutdown the task is reported first, then its coroutine is closed and
# the ValueError reported as ignored. By then the modules are gone, so
# the traceback has no source lines.
import asyncio


async def worker():
    try:
        await asyncio.sleep(1)
    finally:
        raise ValueError("raised while closing")


def main():
    global task
    loop = asyncio.new_event_loop()
    task = loop.create_task(worker())
    loop.run_until_complete(asyncio.sleep(0))
    print("pending:", not task.done())


main()
print("end of program")
