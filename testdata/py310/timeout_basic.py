# asyncio.timeout: the body is cancelled at the deadline and the block
# raises TimeoutError; expired() reports it.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout(0.5) as cm:
            print("inside; cancelling() =", asyncio.current_task().cancelling())
            await asyncio.sleep(2)
            print("not reached")
    except TimeoutError as e:
        print("TimeoutError; cause:", repr(e.__cause__))
    print("expired:", cm.expired(), "after", round(loop.time() - start, 1))
    print("cancelling() after the block:", asyncio.current_task().cancelling())


asyncio.run(main())
