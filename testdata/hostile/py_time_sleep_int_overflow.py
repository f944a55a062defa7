# want-exit: 1
# want-stderr: \nOverflowError: int too large to convert to float\n$
# Too large even for a float: CPython fails where it adds the delay to the
# loop's clock.
import asyncio

async def main():
    await asyncio.sleep(10**400)

asyncio.run(main())
