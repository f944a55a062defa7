# A task created on a loop that never runs it, both held only by main():
# when main() returns they form a cycle nothing else holds. The collector
# finalises the loop first; its __del__ closes it, which frees the task's
# first step, so the task is reported (its coroutine unstarted, "running
# at" its def line) and then its coroutine warns, from close(), that it
# was never awaited.
import asyncio


async def worker():
    print("never printed")


def main():
    loop = asyncio.new_event_loop()
    task = loop.create_task(worker())
    print("task pending:", not task.done())


main()
print("end of program")
