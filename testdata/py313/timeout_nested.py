# Nested timeouts: only the one whose deadline passed converts the
# cancellation to TimeoutError.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout(0.3) as outer:
            try:
                async with asyncio.timeout(5) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner raised TimeoutError (unexpected)")
            finally:
                print("inner expired:", inner.expired())
    except TimeoutError:
        print("outer raised TimeoutError at", round(loop.time() - start, 1))
    print("outer expired:", outer.expired())


asyncio.run(main())
