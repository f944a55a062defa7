# 3.12 rebuilt wait_for on asyncio.timeout: a coroutine given to it runs
# in the awaiting task (no Task-N of its own), and on expiry that task is
# cancelled and TimeoutError comes out of the async with.
import asyncio


async def who(delay):
    await asyncio.sleep(delay)
    return asyncio.current_task().get_name()


async def main():
    print("main is", asyncio.current_task().get_name())
    print("inside wait_for:", await asyncio.wait_for(who(0.1), timeout=1))
    print("a task in wait_for:", await asyncio.wait_for(asyncio.create_task(who(0.1)), timeout=1))
    try:
        await asyncio.wait_for(who(1), timeout=0.2)
    except TimeoutError as e:
        print("timed out:", type(e).__name__, "from", type(e.__cause__).__name__)
    print("main cancelling() =", asyncio.current_task().cancelling())


asyncio.run(main())
