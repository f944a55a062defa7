# A child raising a BaseException subclass (not SystemExit/KeyboardInterrupt)
# is stored like any error and re-raised by gather.
import asyncio


class Halt(BaseException):
    pass


async def child():
    await asyncio.sleep(0.1)
    raise Halt("halt!")


async def main():
    try:
        await asyncio.gather(child(), asyncio.sleep(0.2))
    except Exception:
        print("not an Exception")
    except BaseException as e:
        print("caught", repr(e))
    print(await asyncio.gather(child(), return_exceptions=True))


asyncio.run(main())
