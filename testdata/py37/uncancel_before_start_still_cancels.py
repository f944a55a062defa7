# In 3.11 uncancel() only lowers the counter: a task cancelled and then
# uncancelled before its first step is still cancelled.
import asyncio


async def job():
    print("job ran")  # not printed in 3.11
    return "ran normally"


async def main():
    t = asyncio.create_task(job())
    t.cancel()
    print("uncancel ->", t.uncancel())
    try:
        print("result:", await t)
    except asyncio.CancelledError:
        print("still cancelled; cancelling() =", t.cancelling())


asyncio.run(main())
