# sys.exit(n) inside the main coroutine ends the program with status n.
import asyncio
import sys


async def main():
    print("checking configuration")
    await asyncio.sleep(0.1)
    print("configuration missing, exiting with 3")
    sys.exit(3)
    print("not reached")


asyncio.run(main())
print("not reached either")
