# Many tasks started in the same iteration sleep for the same time; in
# CPython each deadline is read from the clock at the call, so they wake in
# the order they went to sleep.
import asyncio


async def sleeper(i, log):
    await asyncio.sleep(0.1)
    log.append(i)


async def main():
    log = []
    await asyncio.gather(*(sleeper(i, log) for i in range(10)))
    print(log)


asyncio.run(main())
