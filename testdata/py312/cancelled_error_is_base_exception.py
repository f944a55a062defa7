# 3.8 made CancelledError a BaseException (asyncio.exceptions): an
# `except Exception` around an await no longer swallows a cancellation.
import asyncio


async def worker():
    try:
        await asyncio.sleep(1)
    except Exception as e:
        print("never: except Exception caught", type(e).__name__)
    finally:
        print("worker: finally runs")


async def main():
    print("subclass of Exception:", issubclass(asyncio.CancelledError, Exception))
    print("subclass of BaseException:", issubclass(asyncio.CancelledError, BaseException))
    print("module:", asyncio.CancelledError.__module__)
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except Exception:
        print("never: main's except Exception")
    except asyncio.CancelledError:
        print("main: the cancellation went through; cancelled() =", t.cancelled())


asyncio.run(main())
