# Calling an async function without awaiting it does not run it; Python
# warns about the coroutine that was never awaited.
import asyncio


async def side_effect():
    print("side effect")  # never printed


async def main():
    side_effect()
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
