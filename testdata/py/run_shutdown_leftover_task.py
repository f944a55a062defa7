# asyncio.run cancels tasks still running when main returns; their finally
# blocks run during shutdown.
import asyncio


async def background():
    try:
        print("background: started")
        await asyncio.sleep(100)
    finally:
        print("background: finally during shutdown")


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.1)
    print("main: returning")
    return "main result"


print("run returned:", asyncio.run(main()))
print("after run")
