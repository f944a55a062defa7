# A timeout around a shielded task: the wait times out, the task goes on.
import asyncio


async def backup():
    await asyncio.sleep(0.3)
    print("backup finished")
    return "backed up"


async def main():
    t = asyncio.create_task(backup())
    try:
        async with asyncio.timeout(0.1):
            await asyncio.shield(t)
    except TimeoutError:
        print("stopped waiting; backup done?", t.done())
    print(await t)


asyncio.run(main())
