# want-exit: 124
# want-stderr: would wait forever: every task is waiting and no timer is pending
# want-stdout-prefix: waiting\n
import asyncio

async def main():
    print("waiting")
    await asyncio.Event().wait()

asyncio.run(main())
