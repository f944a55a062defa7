# wait_for raises TimeoutError when the deadline passes; the inner task is
# cancelled and its cleanup runs before wait_for returns.
import asyncio


async def slow():
    try:
        await asyncio.sleep(5)
    finally:
        print("slow: finally")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        await asyncio.wait_for(slow(), timeout=0.5)
    except TimeoutError as e:
        print("TimeoutError after", round(loop.time() - start, 1))
        print("is asyncio.TimeoutError:", isinstance(e, asyncio.TimeoutError))
        print("cause:", repr(e.__cause__))


asyncio.run(main())
