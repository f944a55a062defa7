# A retry loop with a per-attempt timeout.
import asyncio


async def attempt(n):
    delay = [0.5, 0.4, 0.1][n]
    await asyncio.sleep(delay)
    return f"attempt {n} took {delay}"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    for n in range(3):
        try:
            print(await asyncio.wait_for(attempt(n), timeout=0.3))
            break
        except TimeoutError:
            print(f"attempt {n} timed out at {round(loop.time() - start, 1)}")
    print("total", round(loop.time() - start, 1))


asyncio.run(main())
