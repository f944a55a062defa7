# sys.exit after asyncio.run, with the value main returned.
import asyncio
import sys


async def main():
    await asyncio.sleep(0)
    failures = [n for n in range(10) if n % 4 == 3]
    print("failures:", failures)
    return len(failures)


sys.exit(asyncio.run(main()))
