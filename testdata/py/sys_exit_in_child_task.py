# sys.exit in a child task: SystemExit stops the loop immediately.
import asyncio
import sys


async def child():
    await asyncio.sleep(0.1)
    print("child: calling sys.exit(4)")
    sys.exit(4)


async def main():
    t = asyncio.create_task(child())
    try:
        await asyncio.sleep(1)
        print("main: not reached")
    finally:
        # The child is already done with SystemExit; reading it marks it
        # retrieved, so nothing is logged when the program ends.
        print("main: finally; child:", repr(t.exception()))


asyncio.run(main())
