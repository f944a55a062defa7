# A task that cancels itself and then returns without awaiting again ends
# up cancelled: the pending request beats the return value.
import asyncio


async def body():
    asyncio.current_task().cancel()
    print("returning 12")
    return 12


async def main():
    t = asyncio.create_task(body())
    try:
        print(await t)
    except asyncio.CancelledError:
        print("cancelled() =", t.cancelled())


asyncio.run(main())
