# loop.shutdown_asyncgens() closes the async generators left open on a loop
# driven by hand (what asyncio.run() does at its end).
import asyncio


async def gen():
    try:
        yield 1
    finally:
        print("gen closed")


async def main():
    g = gen()
    await g.__anext__()
    return g


loop = asyncio.new_event_loop()
g = loop.run_until_complete(main())
print("main done")
loop.run_until_complete(loop.shutdown_asyncgens())
print("shut down")
loop.close()
