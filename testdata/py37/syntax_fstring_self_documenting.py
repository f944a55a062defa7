# f"{x=}" came in 3.8. Python 3.7 finds it only after the whole file has
# parsed, and reports it in "<fstring>".
import asyncio

async def main():
    delay = 0.1
    await asyncio.sleep(delay)
    print(f"slept {delay=}")

asyncio.run(main())
