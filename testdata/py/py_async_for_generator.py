# async for over an async generator, and async comprehensions.
import asyncio


async def ticks(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


async def main():
    async for t in ticks(3, 0.1):
        print("tick", t)
    squares = [t * t async for t in ticks(4, 0.01)]
    print(squares)
    evens = [t async for t in ticks(6, 0) if t % 2 == 0]
    print(evens)
    total = 0
    async for t in ticks(5, 0):
        if t == 3:
            break
        total += t
    print("total before break:", total)


asyncio.run(main())
