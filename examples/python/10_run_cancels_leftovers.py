# Title: asyncio.run() cancels leftover tasks
# main() returns while a background task still sleeps; asyncio.run()
# cancels it, and its finally block runs before the program exits.
import asyncio


async def background():
    try:
        while True:
            print("background: tick")
            await asyncio.sleep(1)
    finally:
        print("background: cancelled at exit")


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(2.5)
    print("main: returning")


asyncio.run(main())
