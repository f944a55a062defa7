# raise ... from ...: the traceback shows the cause first.
import asyncio


class StorageError(Exception):
    pass


async def read_config():
    data = {"port": "80a"}
    try:
        return int(data["port"])
    except ValueError as e:
        raise StorageError("config is corrupt") from e


async def main():
    port = await read_config()
    print(port)


asyncio.run(main())
