# RecursionError strikes at the same depth as in CPython, whose event loop
# keeps several frames between asyncio.run() and a task's coroutine: a
# task, a coroutine it awaits, a child task, a loop callback, and loops
# driven by run_until_complete() and run_forever().
import asyncio


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


print("module", depth(0))


async def inner():
    return depth(0)


async def main():
    print("task", depth(0))
    print("awaited coroutine", await inner())
    print("child task", await asyncio.create_task(inner()))
    print("gathered", await asyncio.gather(inner()))
    asyncio.get_event_loop().call_soon(lambda: print("callback", depth(0)))
    await asyncio.sleep(0)


asyncio.run(main())

loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.call_soon(lambda: print("run_forever callback", depth(0)))
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
print("module again", depth(0))
