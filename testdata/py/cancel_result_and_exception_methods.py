# result() and exception() on a cancelled task both raise CancelledError.
import asyncio


async def sleeper():
    await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel("bye")
    await asyncio.sleep(0)
    print("done:", t.done(), "cancelled:", t.cancelled())
    for method in (t.result, t.exception):
        try:
            method()
        except asyncio.CancelledError as e:
            print(method.__name__, "raised CancelledError", e.args)


asyncio.run(main())
