# want-exit: 124
# want-stderr: would wait forever: .*next timer is due at 1e\+300 seconds
import asyncio

async def main():
    await asyncio.sleep(10**300)

asyncio.run(main())
