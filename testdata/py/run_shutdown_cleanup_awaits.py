# A leftover task may await during its cancellation cleanup; asyncio.run
# keeps the loop going until it is finished.
import asyncio


async def flusher():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print("flusher: cancelled, flushing")
        await asyncio.sleep(0.5)
        print("flusher: flushed")
        raise


async def main():
    asyncio.create_task(flusher())
    await asyncio.sleep(0)
    print("main: done")


asyncio.run(main())
print("program end")
