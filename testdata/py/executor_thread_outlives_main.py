# asyncio.run waits for the default executor's threads when it shuts down
# (shutdown_default_executor), so a thread main never awaited still ends.
import asyncio
import time


def slow_write(n):
    time.sleep(0.5)
    print("thread finished writing", n)


async def main():
    loop = asyncio.get_running_loop()
    loop.run_in_executor(None, slow_write, 1)
    await asyncio.sleep(0.1)
    print("main returns")


asyncio.run(main())
print("after asyncio.run")
