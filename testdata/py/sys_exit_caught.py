# SystemExit is an exception and can be caught; its code is kept.
import asyncio
import sys


async def main():
    try:
        sys.exit(5)
    except SystemExit as e:
        print("caught SystemExit, code =", e.code)
    try:
        raise SystemExit
    except BaseException as e:
        print(type(e).__name__, repr(e.code))
    sys.exit(2)


asyncio.run(main())
