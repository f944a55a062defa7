# want-exit: 124
# want-stderr: would wait forever: .*next timer is due at \+Inf seconds
import asyncio

async def main():
    await asyncio.sleep(float("inf"))

asyncio.run(main())
