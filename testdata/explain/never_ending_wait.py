# explain: deadlock@8#0
# findings: deadlock@8
import asyncio


async def main():
    ready = asyncio.Event()
    await ready.wait()  # nobody ever sets it
    print("never printed")


asyncio.run(main())
