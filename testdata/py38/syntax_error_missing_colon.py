# A syntax error is reported before anything runs.
import asyncio

print("never printed")


async def main()
    await asyncio.sleep(0)


asyncio.run(main())
