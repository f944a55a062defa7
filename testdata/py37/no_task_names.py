# 3.7 tasks have no names: get_name does not exist.
import asyncio


async def main():
    t = asyncio.current_task()
    try:
        t.get_name()
    except AttributeError as e:
        print("AttributeError:", e)
    print(len(asyncio.all_tasks()), t in asyncio.all_tasks())


asyncio.run(main())
