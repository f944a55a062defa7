# An Event made while no event loop is current (set_event_loop(None)):
# from 3.10 an asyncio primitive takes its loop at its first wait, so
# making it needs no loop; up to 3.9 its __init__ asks get_event_loop(),
# which raises.
import asyncio

asyncio.set_event_loop(None)
try:
    ev = asyncio.Event()
    print("made an Event")
except RuntimeError as e:
    print("RuntimeError:", e)


async def main():
    ev = asyncio.Event()
    asyncio.get_running_loop().call_soon(ev.set)
    await ev.wait()
    print("set")


asyncio.run(main())
