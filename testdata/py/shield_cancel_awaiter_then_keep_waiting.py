# A common idiom: catch the cancellation at a shield, wait for the protected
# work to finish, then re-raise.
import asyncio


async def transfer():
    for i in range(3):
        await asyncio.sleep(0.2)
        print("chunk", i)
    return "transferred"


async def careful():
    t = asyncio.create_task(transfer())
    try:
        return await asyncio.shield(t)
    except asyncio.CancelledError:
        print("careful: cancelled; finishing the transfer first")
        print("careful:", await t)
        raise


async def main():
    c = asyncio.create_task(careful())
    await asyncio.sleep(0.3)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("main: careful ended cancelled =", c.cancelled())


asyncio.run(main())
