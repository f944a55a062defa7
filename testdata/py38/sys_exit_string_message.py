# sys.exit("message") prints the message on stderr and exits 1.
import asyncio
import sys


async def main():
    print("about to fail")
    sys.exit("fatal: no input files")


asyncio.run(main())
