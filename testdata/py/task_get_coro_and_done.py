# done(), get_coro() and result() on tasks at different points.
import asyncio


async def work(n):
    await asyncio.sleep(0.1)
    return n + 1


async def main():
    c = work(1)
    t = asyncio.create_task(c)
    print("get_coro is the coroutine:", t.get_coro() is c)
    print("done before:", t.done())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await t
    print("done after:", t.done(), "result:", t.result(), "exception:", t.exception())


asyncio.run(main())
