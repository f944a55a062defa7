# Timeout reprs after the block, and the errors for misuse.
import asyncio


async def main():
    async with asyncio.timeout(0.1) as cm:
        pass
    print(repr(cm))
    try:
        async with asyncio.timeout(0.1) as cm2:
            await asyncio.sleep(1)
    except TimeoutError:
        print(repr(cm2))
    try:
        cm2.reschedule(5)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(repr(asyncio.timeout(None)))


asyncio.run(main())
