# Done-callbacks of a cancelled future, and a callback that is removed
# before the future completes.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(lambda x: print("cb1: cancelled =", x.cancelled()))

    def cb2(x):
        print("cb2 (removed, never runs)")

    f.add_done_callback(cb2)
    f.add_done_callback(lambda x: print("cb3: done =", x.done()))
    f.remove_done_callback(cb2)
    f.cancel()
    print("cancel() returned; callbacks are queued")
    await asyncio.sleep(0)
    print("after one iteration")


asyncio.run(main())
