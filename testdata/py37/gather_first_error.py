# The first failing child sets gather's exception; others keep running.
import asyncio


async def ok(name, delay):
    await asyncio.sleep(delay)
    print(name, "ok")


async def bad(delay):
    await asyncio.sleep(delay)
    raise ValueError("bad at %s" % delay)


async def main():
    try:
        await asyncio.gather(ok("a", 0.1), bad(0.2), ok("c", 0.3), bad(0.4))
    except ValueError as e:
        print("caught:", e)
    await asyncio.sleep(1)


asyncio.run(main())
