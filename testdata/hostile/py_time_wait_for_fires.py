# want-exit: 0
# want-stdout-prefix: timed out\n
# A huge sleep under a short timeout: the timeout fires, the sleep's timer is
# cancelled, nothing overflows.
import asyncio

async def main():
    try:
        await asyncio.wait_for(asyncio.sleep(1e308), timeout=0.5)
    except asyncio.TimeoutError:
        print("timed out")

asyncio.run(main())
