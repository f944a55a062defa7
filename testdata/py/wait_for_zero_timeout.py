# timeout=0: a coroutine never starts; a finished future gives its result.
import asyncio


async def job():
    print("job started")  # never printed
    return 1


async def main():
    try:
        await asyncio.wait_for(job(), timeout=0)
    except TimeoutError:
        print("TimeoutError with timeout=0")
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("already")
    print(await asyncio.wait_for(fut, 0))


asyncio.run(main())
