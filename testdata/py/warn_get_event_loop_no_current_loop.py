# The pre-3.7 pattern: get_event_loop() at module level, then
# run_until_complete. From 3.12 CPython warns once, at the first call, that
# there is no current event loop (a DeprecationWarning from __main__, which
# the default filters show); later calls find the loop it made.
import asyncio


async def work(n):
    await asyncio.sleep(0.1)
    return n * 2


def helper():
    return asyncio.get_event_loop()


loop = asyncio.get_event_loop()
print(loop.run_until_complete(work(1)))
print("same loop:", helper() is loop)
fut = loop.create_future()
print(type(fut).__name__)
print(loop.run_until_complete(asyncio.gather(work(2), work(3))))
loop.close()
