# Tasks, events and loops take attributes of their own (t.label = "x"), as in
# CPython, where they have an instance __dict__.
import asyncio


async def work(n):
    await asyncio.sleep(0.01 * n)
    return n


async def main():
    t = asyncio.create_task(work(1))
    t.label = "first"
    print(t.label, getattr(t, "label"), hasattr(t, "nope"))
    ev = asyncio.Event()
    ev.owner = "me"
    print(ev.owner)
    loop = asyncio.get_running_loop()
    loop.tag = 1
    print(asyncio.get_running_loop().tag)
    del t.label
    print(hasattr(t, "label"))
    try:
        t.missing
    except AttributeError as e:
        print(e)
    try:
        del t.missing
    except AttributeError as e:
        print(e)
    await t
    tasks = [asyncio.create_task(work(n)) for n in range(5)]
    for i, x in enumerate(tasks):
        x.label = f"job {i}"
    done, pending = await asyncio.wait(tasks, timeout=0.025)
    print(sorted(x.label for x in done), sorted(x.label for x in pending))
    await asyncio.gather(*pending)
    print(sorted(x.label for x in pending), [x.result() for x in tasks])


asyncio.run(main())
