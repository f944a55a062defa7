# A future resolved by a call_later timer; the waiting task resumes one
# iteration after the timer runs.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    fut = loop.create_future()
    loop.call_later(0.4, fut.set_result, "ready")
    loop.call_later(0.2, print, "timer at 0.2")
    print("waiting")
    print("got", await fut, "at", round(loop.time() - start, 1))


asyncio.run(main())
