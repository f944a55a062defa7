# except* clauses each get the matching part of the group.
import asyncio


async def check(item):
    await asyncio.sleep(0.1)
    if item % 2:
        raise ValueError(f"odd {item}")
    if item == 4:
        raise KeyError(item)
    return item


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(check(1))
            tg.create_task(check(4))
    except* ValueError as eg:
        print("ValueErrors:", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("KeyErrors:", [repr(e) for e in eg.exceptions])
    print("after try")


asyncio.run(main())
