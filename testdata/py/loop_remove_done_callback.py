# remove_done_callback removes every registration of a callback and returns
# how many it removed.
import asyncio


def report(f):
    print("report:", f.result())


def other(f):
    print("other:", f.result())


async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(report)
    fut.add_done_callback(other)
    fut.add_done_callback(report)
    print("removed", fut.remove_done_callback(report))
    print("removed again", fut.remove_done_callback(report))
    fut.set_result(3)
    await asyncio.sleep(0)


asyncio.run(main())
