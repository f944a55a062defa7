# RecursionError can be caught; the program carries on.
import asyncio


def walk(node):
    return walk(node + 1)


async def main():
    try:
        walk(0)
    except RecursionError as e:
        print("caught RecursionError:", str(e)[:32])
    print("still alive")


asyncio.run(main())
