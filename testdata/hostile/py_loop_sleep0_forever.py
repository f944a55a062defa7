# want-exit: 124
# want-stderr: ^taskline: step limit of 200000 steps exceeded
# args: --max-steps 200000
import asyncio

async def spin():
    while True:
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(spin(), spin())

asyncio.run(main())
