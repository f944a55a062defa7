# A task that catches CancelledError and returns normally is not cancelled;
# its awaiter gets the value, and cancelling() remembers the request.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn: ignoring the cancel")
    await asyncio.sleep(0.1)
    return "finished anyway"


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.1)
    t.cancel()
    print("result:", await t)
    print("cancelled():", t.cancelled(), "cancelling():", t.cancelling())


asyncio.run(main())
