# Task done-callbacks see the finished task; a callback can read the
# exception so it is not reported as never retrieved.
import asyncio


async def ok():
    await asyncio.sleep(0.1)
    return "fine"


async def boom():
    await asyncio.sleep(0.2)
    raise ValueError("boom")


def on_done(t):
    if t.cancelled():
        print(t.get_name(), "cancelled")
    elif t.exception() is not None:
        print(t.get_name(), "failed:", repr(t.exception()))
    else:
        print(t.get_name(), "returned", t.result())


async def main():
    for coro, name in [(ok(), "ok"), (boom(), "boom"), (asyncio.sleep(5), "sleepy")]:
        t = asyncio.create_task(coro, name=name)
        t.add_done_callback(on_done)
        if name == "sleepy":
            asyncio.get_running_loop().call_later(0.3, t.cancel)
    await asyncio.sleep(1)


asyncio.run(main())
