# 3.7: timeout=0 cancels and raises at once.
import asyncio


async def job():
    print("job started")
    await asyncio.sleep(1)


async def main():
    t = asyncio.ensure_future(job())
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(t, timeout=0)
    except asyncio.TimeoutError:
        print("TimeoutError; task done yet?", t.done())
    await asyncio.sleep(0)
    print("a moment later, cancelled:", t.cancelled())


asyncio.run(main())
