# NameError for an undefined name.
import asyncio


async def main():
    total = 0
    for i in range(3):
        total += i
    print("total", total)
    print(totl)


asyncio.run(main())
