# A child raising a BaseException subclass makes a BaseExceptionGroup.
import asyncio


class Abort(BaseException):
    pass


async def aborter():
    await asyncio.sleep(0.1)
    raise Abort("stop everything")


async def failer():
    await asyncio.sleep(0.1)
    raise ValueError("also failed")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(aborter())
            tg.create_task(failer())
    except BaseExceptionGroup as eg:
        print(type(eg).__name__, eg.exceptions)
        print("is ExceptionGroup:", isinstance(eg, ExceptionGroup))


asyncio.run(main())
