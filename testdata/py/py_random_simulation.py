# A seeded simulation: jittered delays with asyncio and random.
import asyncio
import random


async def client(i, log):
    delay = random.randint(1, 9) / 10
    await asyncio.sleep(delay)
    log.append((i, delay))


async def main():
    random.seed(2024)
    log = []
    await asyncio.gather(*(client(i, log) for i in range(6)))
    print(log)
    random.seed(7)
    print(random.random(), random.getrandbits(16), random.choice(range(1000)))
    coins = [random.choice("HT") for _ in range(20)]
    print("".join(coins), coins.count("H"))


asyncio.run(main())
