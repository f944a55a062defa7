# Two TaskGroups run side by side under gather; one fails.
import asyncio


async def step(tag, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise RuntimeError(tag)
    return tag


async def group(name, fail):
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(step(f"{name}{i}", 0.1 * (i + 1), fail and i == 1)) for i in range(3)]
    return [t.result() for t in ts]


async def main():
    res = await asyncio.gather(group("ok", False), group("bad", True), return_exceptions=True)
    for r in res:
        print(repr(r))


asyncio.run(main())
