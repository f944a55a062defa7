# async for over a class with __aiter__ and __anext__.
import asyncio


class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0.1)
        self.current -= 1
        return self.current + 1


async def consume(name, start):
    async for n in Countdown(start):
        print(name, n)


async def main():
    await asyncio.gather(consume("a", 3), consume("b", 2))


asyncio.run(main())
