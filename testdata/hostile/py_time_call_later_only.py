# want-exit: 124
# want-stderr: would wait forever: .*next timer is due at
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(1e300, fut.set_result, 1)
    await fut

asyncio.run(main())
