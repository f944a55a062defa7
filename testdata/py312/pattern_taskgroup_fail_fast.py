# TaskGroup as fail-fast fan-out: one failure stops the rest; results of
# the finished ones are still readable.
import asyncio


async def fetch(i):
    await asyncio.sleep(0.1 * i)
    if i == 3:
        raise ConnectionError(f"host {i} unreachable")
    return f"page{i}"


async def main():
    tasks = []
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(1, 6):
                tasks.append(tg.create_task(fetch(i)))
    except* ConnectionError as eg:
        print("failed:", [str(e) for e in eg.exceptions])
    for i, t in enumerate(tasks, 1):
        state = "cancelled" if t.cancelled() else ("error" if t.exception() else t.result())
        print(i, state)


asyncio.run(main())
