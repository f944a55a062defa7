# Title: A runaway loop (press Stop)
# This task never awaits, so nothing else can run and the loop never ends.
# Press Stop: the run ends and keeps its output and timeline so far.
# Record: no (it never ends under CPython)
import asyncio


async def spin():
    n = 0
    while True:
        n += 1
        if n % 100000 == 0:
            print("still spinning", n)


async def main():
    print("starting")
    await asyncio.gather(spin())


asyncio.run(main())
