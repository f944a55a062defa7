# Done-callbacks run through call_soon in registration order, one
# iteration after the future completes; the awaiting task wakes after them.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("cb1 sees", f.result()))
    fut.add_done_callback(lambda f: print("cb2 sees", f.result()))

    async def awaiter():
        print("awaiter got", await fut)

    t = asyncio.create_task(awaiter())
    await asyncio.sleep(0)
    fut.add_done_callback(lambda f: print("cb3 (added after the awaiter)"))
    fut.set_result("X")
    print("set_result returned; callbacks not run yet")
    await t
    fut.add_done_callback(lambda f: print("cb4 added after done"))
    print("cb4 registered")
    await asyncio.sleep(0)


asyncio.run(main())
