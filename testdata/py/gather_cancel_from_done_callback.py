# gather.cancel() called from a child's done-callback after all children
# finished returns False, and the result is kept.
import asyncio


async def value():
    await asyncio.sleep(0.1)
    return 42


async def main():
    child = asyncio.create_task(value())
    g = asyncio.gather(child)
    child.add_done_callback(lambda _: print("cancel from callback ->", g.cancel()))
    print("gather result:", await g, "| cancelled:", g.cancelled())


asyncio.run(main())
