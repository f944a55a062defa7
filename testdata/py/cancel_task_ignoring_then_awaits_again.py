# A task that ignores a cancel and then awaits another future is not
# cancelled again: the single request was used up.
import asyncio


async def body(f1, f2):
    try:
        await f1
    except asyncio.CancelledError:
        print("ignored the cancel")
    value = await f2
    print("second await got", value)
    return 42


async def main():
    loop = asyncio.get_running_loop()
    f1, f2 = loop.create_future(), loop.create_future()
    t = asyncio.create_task(body(f1, f2))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    f2.set_result("ok")
    print("result:", await t, "| f1 cancelled:", f1.cancelled(), "| f2 cancelled:", f2.cancelled())


asyncio.run(main())
