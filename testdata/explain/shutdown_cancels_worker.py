# explain: shutdown-cancel@10#1
# findings: task-never-awaited@15
import asyncio


async def flush(buffer):
    while True:
        if buffer:
            print("flushed", buffer.pop())
        await asyncio.sleep(1)


async def main():
    buffer = ["a", "b"]
    asyncio.create_task(flush(buffer))
    await asyncio.sleep(1.5)
    print("main: done")


asyncio.run(main())
