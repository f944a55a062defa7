# A primitive binds to the first loop that waits on it; asyncio.run makes a
# new loop each time, so a second run that must wait on it fails.
import asyncio

ev = asyncio.Event()


async def first():
    asyncio.get_running_loop().call_later(0.1, ev.set)
    await ev.wait()
    print("first run: event set")


async def second():
    # The event is still set: no wait, no loop needed.
    await ev.wait()
    print("second run: no wait needed")
    ev.clear()
    try:
        await asyncio.wait_for(ev.wait(), 0.1)
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" at 0x")[0], "...", str(e).split(">")[-1])


asyncio.run(first())
asyncio.run(second())
