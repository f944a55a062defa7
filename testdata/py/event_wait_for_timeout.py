# Waiting for an event with a timeout.
import asyncio


async def main():
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), timeout=0.2)
    except TimeoutError:
        print("no event within 0.2s")
    asyncio.get_running_loop().call_later(0.1, ev.set)
    print("wait_for ->", await asyncio.wait_for(ev.wait(), timeout=1))


asyncio.run(main())
