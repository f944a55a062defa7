# wait(FIRST_EXCEPTION) returns when a task fails; results and exceptions
# are read from the tasks.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name + " failed")
    return name


async def main():
    tasks = [
        asyncio.create_task(job("a", 0.1), name="a"),
        asyncio.create_task(job("b", 0.2, fail=True), name="b"),
        asyncio.create_task(job("c", 0.5), name="c"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), "exception:", repr(t.exception()))
    print("pending:", [t.get_name() for t in pending])
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print("c cancelled:", tasks[2].cancelled())


asyncio.run(main())
