# want-exit: 124
# want-stderr: ^taskline: step limit of 100000 steps exceeded
# args: --max-steps 100000
# Callbacks that reschedule themselves: the loop spends a step per callback,
# so the budget ends it even though no Python line runs in between.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    def again():
        loop.call_soon(again)
    loop.call_soon(again)
    await fut

asyncio.run(main())
