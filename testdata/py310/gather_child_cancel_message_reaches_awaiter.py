# In 3.11 the CancelledError that a gathered child ended with (message
# included) is the one its awaiter sees.
import asyncio


async def worker():
    await asyncio.sleep(1)


async def main():
    w = asyncio.create_task(worker())
    other = asyncio.create_task(asyncio.sleep(2))
    asyncio.get_running_loop().call_later(0.1, w.cancel, "worker retired")
    try:
        await asyncio.gather(w, other)
    except asyncio.CancelledError as e:
        print("awaiter got", repr(e))
    other.cancel()
    await asyncio.gather(other, return_exceptions=True)


asyncio.run(main())
