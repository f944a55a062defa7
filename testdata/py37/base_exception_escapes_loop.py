# 3.7: a BaseException (not Exception) raised in a task escapes the event
# loop directly.
import asyncio


class Abort(BaseException):
    pass


async def child():
    await asyncio.sleep(0.1)
    raise Abort("stop")


async def main():
    t = asyncio.ensure_future(child())
    try:
        await asyncio.sleep(1)
    finally:
        # Reading the exception marks it as retrieved, so no
        # "Task exception was never retrieved" is logged at exit.
        print("main: finally; child failed with", repr(t.exception()))


asyncio.run(main())
