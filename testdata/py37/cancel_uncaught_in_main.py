# main awaits a cancelled task: 3.7 prints only the runner frames and
# ends with concurrent.futures._base.CancelledError.
import asyncio


async def child():
    await asyncio.sleep(10)


async def main():
    t = asyncio.ensure_future(child())
    asyncio.get_event_loop().call_later(0.2, t.cancel)
    await t


asyncio.run(main())
