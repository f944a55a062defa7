# After a child fails the group is shutting down and refuses new tasks.
import asyncio


async def boom():
    await asyncio.sleep(0.1)
    raise ValueError("boom")


async def idle():
    await asyncio.sleep(1)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                coro = idle()
                try:
                    tg.create_task(coro)
                except RuntimeError as e:
                    print("RuntimeError:", str(e).split(" <")[0], "...", str(e).split("> ")[-1])
                coro.close()
                raise
    except* ValueError as eg:
        print("group:", eg.exceptions)


asyncio.run(main())
