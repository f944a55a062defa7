# explain: -
# findings: task-never-awaited@11
import asyncio


async def save(record):
    print("saved", record)


async def main():
    save({"id": 1})
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
