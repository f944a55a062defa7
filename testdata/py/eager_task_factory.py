# 3.12's eager task factory: create_task() runs the new task's first step at
# once, inside the call, so a coroutine that finishes without suspending is
# done before create_task returns, and one that awaits runs up to that await.
import asyncio


async def quick(n):
    print("quick", n, "runs in", asyncio.current_task().get_name())
    return n * 10


async def slow(n):
    print("slow", n, "starts")
    await asyncio.sleep(0.1)
    print("slow", n, "ends")
    return n


async def fails():
    print("fails starts")
    raise ValueError("eager boom")


async def main():
    loop = asyncio.get_running_loop()
    print("factory before:", loop.get_task_factory())
    loop.set_task_factory(asyncio.eager_task_factory)
    print("factory set:", loop.get_task_factory() is asyncio.eager_task_factory)

    t = asyncio.create_task(quick(1), name="q1")
    print("after create_task: done =", t.done(), "result =", t.result())
    print("current task is", asyncio.current_task().get_name())

    s = asyncio.create_task(slow(2))
    print("after create_task: slow done =", s.done())

    f = asyncio.create_task(fails())
    print("fails done at once:", f.done(), type(f.exception()).__name__)

    g = asyncio.gather(quick(3), quick(4))
    print("gather of eager tasks done at once:", g.done())
    print(await g, await s)

    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(slow(5))
        b = tg.create_task(quick(6))
        print("in the group: b done =", b.done())
    print(a.result(), b.result())

    loop.set_task_factory(None)
    t2 = asyncio.create_task(quick(7))
    print("without the factory: done =", t2.done())
    await t2

    loop.set_task_factory(asyncio.create_eager_task_factory(asyncio.Task))
    t3 = asyncio.create_task(quick(8))
    print("custom factory: done =", t3.done())


asyncio.run(main())
