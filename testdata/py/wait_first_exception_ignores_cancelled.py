# A cancelled task does not trigger FIRST_EXCEPTION; a failing one does.
import asyncio


async def job(d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise KeyError("late failure")
    return d


async def main():
    a = asyncio.create_task(job(1), name="a")
    b = asyncio.create_task(job(0.5, fail=True), name="b")
    c = asyncio.create_task(job(2), name="c")
    asyncio.get_running_loop().call_later(0.1, a.cancel)
    done, pending = await asyncio.wait([a, b, c], return_when=asyncio.FIRST_EXCEPTION)
    print("done:", sorted(t.get_name() for t in done), "pending:", sorted(t.get_name() for t in pending))
    print("a cancelled:", a.cancelled(), "| b:", repr(b.exception()))
    c.cancel()


asyncio.run(main())
