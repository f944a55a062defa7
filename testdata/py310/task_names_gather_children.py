# gather wraps coroutines in tasks that take the next Task-N names.
import asyncio


async def me():
    return asyncio.current_task().get_name()


async def main():
    print(await asyncio.gather(me(), me(), me()))
    print(await asyncio.wait_for(me(), 1))
    print(await me())


asyncio.run(main())
