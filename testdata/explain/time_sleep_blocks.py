# explain: -
# findings: blocking-call-in-coroutine@8
import asyncio
import time


async def poll(name):
    time.sleep(0.2)  # holds the event loop: nothing else runs meanwhile
    print(name, "polled")


async def heartbeat():
    for _ in range(3):
        print("beat")
        await asyncio.sleep(0.1)


async def main():
    await asyncio.gather(heartbeat(), poll("a"))


asyncio.run(main())
