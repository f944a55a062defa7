# explain: raise@13#0 uncaught@16#0
# findings: -
import asyncio


async def load():
    await asyncio.sleep(0.1)
    return {"port": "80"}


async def main():
    cfg = await load()
    raise KeyError("host")


asyncio.run(main())
