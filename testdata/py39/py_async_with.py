# async with on a class with __aenter__/__aexit__ that awaits.
import asyncio


class Connection:
    def __init__(self, host):
        self.host = host

    async def __aenter__(self):
        await asyncio.sleep(0.1)
        print("connected to", self.host)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.1)
        print("disconnected from", self.host, "| error:", exc_type and exc_type.__name__)
        return False

    async def query(self, q):
        await asyncio.sleep(0.05)
        return f"{self.host}: {q.upper()}"


async def main():
    async with Connection("db1") as c:
        print(await c.query("select 1"))
    try:
        async with Connection("db2") as c:
            raise ConnectionError("lost link")
    except ConnectionError as e:
        print("caught", e)


asyncio.run(main())
