# The first child to fail decides gather's exception; the other children are
# not cancelled and keep running.
import asyncio


async def ok(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} ok")
    return name


async def bad(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} fails")
    raise ValueError(f"{name} broke")


async def main():
    try:
        await asyncio.gather(ok("a", 0.1), bad("b", 0.2), ok("c", 0.3), bad("d", 0.4))
    except ValueError as e:
        print("main caught:", e)
    print("main sleeps while the others finish")
    await asyncio.sleep(1)
    print("main done")


asyncio.run(main())
