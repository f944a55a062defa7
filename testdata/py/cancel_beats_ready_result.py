# A result is set on the future a task awaits and the task is cancelled in
# the same callback: the task sees CancelledError; the result is lost.
import asyncio


async def consumer(fut):
    try:
        value = await fut
        print("consumer got", value)
    except asyncio.CancelledError:
        print("consumer: CancelledError instead of", fut.result())
        raise


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(consumer(fut))
    await asyncio.sleep(0)

    def deliver():
        fut.set_result("VALUE")
        print("deliver: cancel ->", t.cancel())

    loop.call_soon(deliver)
    await asyncio.gather(t, return_exceptions=True)
    print("task cancelled:", t.cancelled())


asyncio.run(main())
