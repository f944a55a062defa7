# Retry a flaky operation with exponential backoff on the virtual clock.
import asyncio


class TransientError(Exception):
    pass


attempts = 0


async def flaky():
    global attempts
    attempts += 1
    await asyncio.sleep(0)
    if attempts < 4:
        raise TransientError(f"attempt {attempts} failed")
    return "success"


async def retry(op, tries=5, base=0.5):
    loop = asyncio.get_running_loop()
    start = loop.time()
    for i in range(tries):
        try:
            return await op()
        except TransientError as e:
            delay = base * 2 ** i
            print(f"{e}; retrying in {delay:.1f}s (t={round((loop.time() - start) * 2) / 2})")
            await asyncio.sleep(delay)
    raise RuntimeError("gave up")


async def main():
    print(await retry(flaky))


asyncio.run(main())
