# Breaking out of async for leaves the async generator suspended; its
# finally runs only when it is closed (explicitly here with aclose()).
import asyncio


async def numbers():
    try:
        for i in range(10):
            await asyncio.sleep(0)
            yield i
    finally:
        print("generator finally")


async def main():
    gen = numbers()
    async for n in gen:
        print("got", n)
        if n == 2:
            break
    print("after the loop")
    await gen.aclose()
    print("after aclose")
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("closed generator: StopAsyncIteration")


asyncio.run(main())
