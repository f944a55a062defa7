# Condition.wait_for's predicate raising, at its first call and at a call
# after a wait: the traceback has wait_for's frame between the program's.
import asyncio
import traceback

calls = []


def first():
    raise ValueError("at once")


def later():
    calls.append(1)
    if len(calls) > 1:
        raise KeyError("after a wait")
    return False


async def main():
    cond = asyncio.Condition()
    try:
        async with cond:
            await cond.wait_for(first)
    except ValueError:
        traceback.print_exc()

    async def poke():
        async with cond:
            cond.notify()
    asyncio.ensure_future(poke())
    async with cond:
        await cond.wait_for(later)

asyncio.run(main())
