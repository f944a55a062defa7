# get_event_loop() once asyncio.run() has ended: no current loop, RuntimeError.
import asyncio


async def main():
    print("in run")


asyncio.run(main())
loop = asyncio.get_event_loop()
print(loop)
