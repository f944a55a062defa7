# A done-callback may create a new task; it starts on a later iteration.
import asyncio


async def follow_up(n):
    print("follow-up", n, "runs")
    return n * 2


async def main():
    created = []

    def chain(t):
        print("callback: task returned", t.result())
        created.append(asyncio.get_running_loop().create_task(follow_up(t.result())))

    t = asyncio.create_task(follow_up(1))
    t.add_done_callback(chain)
    await t
    print("main: after await t, created:", len(created))
    await asyncio.sleep(0)
    print("main: follow-up result", await created[0])


asyncio.run(main())
