import asyncio


def tick(n):
    print("tick", n)


async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("sleeper cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(tick, 1)
    loop.call_later(0.5, tick, 2)
    t = asyncio.create_task(sleeper())
    loop.call_later(1, t.cancel)
    t.add_done_callback(lambda f: print("done callback", f.cancelled()))
    try:
        async with asyncio.timeout(2):
            await asyncio.sleep(5)
    except TimeoutError:
        print("timed out")
    asyncio.create_task(sleeper())
    await asyncio.sleep(0)


asyncio.run(main())
