# want-exit: 1
# want-stderr: \nMemoryError\n$
# args: --max-memory 32MB
import asyncio

async def idle():
    await asyncio.sleep(3600)

async def main():
    tasks = []
    while True:
        tasks.append(asyncio.create_task(idle()))

asyncio.run(main())
