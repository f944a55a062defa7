# current_task() inside tasks; all_tasks() counts the tasks not yet done.
import asyncio


async def sleeper(d):
    await asyncio.sleep(d)


async def main():
    me = asyncio.current_task()
    print("current is main:", me.get_name())
    tasks = [asyncio.create_task(sleeper(d), name=f"s{d}") for d in (0.1, 0.2, 0.3)]
    print("all_tasks:", len(asyncio.all_tasks()))
    print("names:", sorted(t.get_name() for t in asyncio.all_tasks()))
    await tasks[0]
    print("after s0.1:", len(asyncio.all_tasks()))
    await asyncio.gather(*tasks)
    print("at the end:", [t.get_name() for t in asyncio.all_tasks()])
    print("main in all_tasks:", me in asyncio.all_tasks())


asyncio.run(main())
