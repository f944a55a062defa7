# A leftover task that swallows the shutdown cancel just finishes; its
# return value is discarded.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print("stubborn: ignoring shutdown cancel")
    await asyncio.sleep(0.1)
    print("stubborn: returning")
    return 1


async def main():
    asyncio.create_task(stubborn())
    await asyncio.sleep(0)


asyncio.run(main())
print("exit normally")
