# An uncaught KeyError prints the repr of the key.
import asyncio


async def lookup(table, key):
    await asyncio.sleep(0)
    return table[key]


async def main():
    table = {"alice": 1, "bob": 2}
    print(await lookup(table, "alice"))
    print(await lookup(table, "carol"))


asyncio.run(main())
