# want-exit: 124
# want-stderr: ^taskline: step limit of 200000 steps exceeded
# args: --max-steps 200000
import asyncio

async def main():
    q = asyncio.Queue()
    async def ping():
        while True:
            await q.put(1)
            await asyncio.sleep(0)
    async def pong():
        while True:
            await q.get()
    await asyncio.gather(ping(), pong())

asyncio.run(main())
