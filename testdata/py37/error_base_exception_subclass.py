# A custom BaseException subclass escapes `except Exception`.
import asyncio


class Stop(BaseException):
    pass


async def worker():
    await asyncio.sleep(0.1)
    raise Stop("halt")


async def main():
    try:
        await worker()
    except Exception:
        print("not caught here")
    print("not reached")


asyncio.run(main())
