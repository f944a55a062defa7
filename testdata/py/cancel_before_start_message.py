# The message given to cancel() before the task starts reaches the awaiter.
import asyncio


async def body():
    return "unreachable"


async def main():
    t = asyncio.create_task(body())
    t.cancel("not needed any more")
    try:
        await t
    except asyncio.CancelledError as e:
        print("args:", e.args)
        print("str:", str(e))
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() again:", repr(e))


asyncio.run(main())
