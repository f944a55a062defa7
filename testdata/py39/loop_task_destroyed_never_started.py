# A task created on a loop that never runs: its coroutine never started.
# At shutdown the task is reported pending, and its coroutine, closed by
# the collector, was never awaited.
import asyncio


async def worker():
    print("never printed")


loop = asyncio.new_event_loop()
task = loop.create_task(worker())
print("task pending:", not task.done())
