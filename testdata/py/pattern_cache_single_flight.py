# Concurrent requests for the same key share one in-flight future.
import asyncio

fetches = 0


class Cache:
    def __init__(self):
        self.inflight = {}

    async def get(self, key):
        if key not in self.inflight:
            loop = asyncio.get_running_loop()
            fut = loop.create_future()
            self.inflight[key] = fut
            asyncio.create_task(self._load(key, fut))
        return await self.inflight[key]

    async def _load(self, key, fut):
        global fetches
        fetches += 1
        await asyncio.sleep(0.2)
        fut.set_result(key.upper())


async def main():
    cache = Cache()
    results = await asyncio.gather(*(cache.get(k) for k in ["a", "b", "a", "a", "b"]))
    print(results, "fetches:", fetches)


asyncio.run(main())
