# want-exit: 124
# want-stderr: would wait forever: every task is waiting and the next timer is due at 1e\+308 seconds, past the end of the virtual clock
# want-stdout-prefix: going to sleep\n
# CPython accepts the delay and then sleeps in select() a day at a time, for
# ever; Taskline says so at once instead of overflowing its clock.
import asyncio

async def main():
    print("going to sleep")
    await asyncio.sleep(1e308)
    print("woke")

asyncio.run(main())
