# 3.11.7: a child failing while the body is already waiting in __aexit__
# leaves the parent's cancelling() at 1 afterwards; failing while the body
# still awaits leaves it at 0.
import asyncio


async def fail_after(d):
    await asyncio.sleep(d)
    raise ValueError(f"after {d}")


async def run(body_sleep):
    me = asyncio.current_task()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_after(0.2))
            try:
                await asyncio.sleep(body_sleep)
            except asyncio.CancelledError:
                print("body cancelled")
                raise
    except* ValueError as eg:
        print("group:", eg.exceptions)
    print(f"body sleep {body_sleep}: cancelling() = {me.cancelling()}")


async def main():
    await asyncio.create_task(run(1))
    await asyncio.create_task(run(0.1))


asyncio.run(main())
