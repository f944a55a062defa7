# A task awaiting itself is an error.
import asyncio


async def main():
    me = asyncio.current_task()
    try:
        await me
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])


asyncio.run(main())
