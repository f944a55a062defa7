# 3.7: a leftover task with `except Exception` swallows the shutdown
# cancellation and keeps running until it returns.
import asyncio


async def logger():
    try:
        await asyncio.sleep(100)
    except Exception as e:
        print("logger swallowed", type(e).__name__)
    for n in range(3):
        await asyncio.sleep(0.1)
        print("logger round", n)


async def main():
    asyncio.ensure_future(logger())
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
print("program end")
