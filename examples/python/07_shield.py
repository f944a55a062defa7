# Title: shield() protects the inner task
# Cancelling the outer await does not cancel the shielded task: it goes on
# and finishes, while the canceller sees CancelledError.
import asyncio


async def save():
    await asyncio.sleep(2)
    print("save: written to disk")
    return "saved"


async def request(inner):
    return await asyncio.shield(inner)


async def main():
    inner = asyncio.create_task(save())
    outer = asyncio.create_task(request(inner))
    await asyncio.sleep(1)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("main: request cancelled")
    print("main: save result:", await inner)


asyncio.run(main())
