# asyncio.run cancels leftover tasks at the end (3.7).
import asyncio


async def background():
    try:
        await asyncio.sleep(100)
    finally:
        print("background: finally")


async def main():
    asyncio.ensure_future(background())
    await asyncio.sleep(0.1)
    print("main: returning")
    return 7


print("run returned", asyncio.run(main()))
