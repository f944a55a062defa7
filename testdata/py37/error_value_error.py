# An uncaught ValueError inside asyncio.run (3.7 traceback shape).
import asyncio


async def parse(text):
    await asyncio.sleep(0)
    return int(text)


async def main():
    print(await parse("12"))
    print(await parse("twelve"))


asyncio.run(main())
