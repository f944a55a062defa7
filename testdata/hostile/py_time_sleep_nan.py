# want-exit: 0
# want-stdout-prefix: nan sleep returned\n
# A NaN deadline compares false with everything, so CPython's loop runs it at
# once.
import asyncio

async def main():
    await asyncio.sleep(float("nan"))
    print("nan sleep returned")

asyncio.run(main())
