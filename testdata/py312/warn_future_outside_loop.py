# asyncio.Future() and gather() outside a running loop ask for the current
# event loop: from 3.12 the first such request warns (at the program's line,
# not inside asyncio); once a loop has been made, no more warnings.
import asyncio


async def work():
    return "done"


def make_future():
    return asyncio.Future()


fut = make_future()
print("future made")
g = asyncio.gather(work())
loop = asyncio.get_event_loop()
print(loop.run_until_complete(g))
fut.set_result(1)
print(fut.result())
loop.close()
