import asyncio


async def main():
    print("fetched <from> src & run")


asyncio.run(main())
