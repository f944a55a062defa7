# Two pending tasks only a reference cycle holds: at shutdown the collector
# closes each coroutine before reporting its task. The first one's finally
# block raises, the second one's awaits again; CPython reports both as
# exceptions it had to ignore ("Exception ignored in: <coroutine object
# ...>"), and the second coroutine, still suspended, shows "running at"
# the await of its finally block.
import asyncio


async def raises():
    try:
        await asyncio.sleep(1)
    finally:
        raise ValueError("raised while closing")


async def awaits_again():
    try:
        await asyncio.sleep(1)
    finally:
        await asyncio.sleep(0)


def main():
    loop = asyncio.new_event_loop()
    t1 = loop.create_task(raises())
    t2 = loop.create_task(awaits_again())
    loop.run_until_complete(asyncio.sleep(0))
    print("pending:", not t1.done(), not t2.done())


main()
print("end of program")
