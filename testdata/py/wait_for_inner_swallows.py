# In 3.11, if the inner awaitable swallows the timeout's cancellation and
# returns a value, wait_for returns that value instead of raising.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
        return "finished"
    except asyncio.CancelledError:
        print("stubborn: swallowing the cancel")
        return "partial result"


async def main():
    result = await asyncio.wait_for(stubborn(), timeout=0.1)
    print("wait_for returned:", result)


asyncio.run(main())
