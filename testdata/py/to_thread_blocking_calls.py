# Blocking functions run in threads with asyncio.to_thread and
# loop.run_in_executor: their time.sleep does not block the event loop,
# which keeps ticking meanwhile.
import asyncio
import contextvars
import time

who = contextvars.ContextVar("who", default="nobody")


def blocking_io(name, seconds):
    time.sleep(seconds)
    return f"{name} slept {seconds}s as {who.get()}"


def fails():
    time.sleep(0.05)
    raise ValueError("bad input")


async def ticker():
    for i in range(4):
        print("tick", i)
        await asyncio.sleep(0.1)


async def main():
    who.set("main")
    loop = asyncio.get_running_loop()
    start = loop.time()
    results = await asyncio.gather(
        asyncio.to_thread(blocking_io, "a", 0.3),
        loop.run_in_executor(None, blocking_io, "b", 0.2),
        ticker(),
    )
    print(results[:2])
    print("elapsed about", round(loop.time() - start, 1))
    try:
        await asyncio.to_thread(fails)
    except ValueError as e:
        print("ValueError from the thread:", e)
    print(len(asyncio.all_tasks()))


asyncio.run(main())
