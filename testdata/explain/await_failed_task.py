# explain: raise@8#1 propagate@14#0 caught@15#0
# findings: -
import asyncio


async def fetch():
    await asyncio.sleep(0.1)
    raise TimeoutError("upstream too slow")


async def main():
    task = asyncio.create_task(fetch())
    try:
        await task
    except TimeoutError as e:
        print("main: fetch failed:", e)


asyncio.run(main())
