# explain: raise@8#1 never-retrieved@8#1
# findings: exception-never-retrieved@12
import asyncio


async def upload(name):
    await asyncio.sleep(0.1)
    raise ConnectionError(f"{name}: connection reset")


async def main():
    asyncio.create_task(upload("report.pdf"))
    await asyncio.sleep(1)
    print("main: done, and no idea the upload failed")


asyncio.run(main())
