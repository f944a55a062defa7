# explain: exit@9#0
# findings: -
import asyncio
import sys


async def main():
    print("giving up")
    sys.exit(3)


asyncio.run(main())
