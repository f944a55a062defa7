# Title: Self-cancelling tasks in gather() (the bug)
# Each worker cancels its own task when it finishes. gather() sees a
# cancelled child and raises CancelledError in main(), and asyncio.run()
# lets it escape: the program dies with a bare CancelledError.
import asyncio


async def worker(name, delay):
    await asyncio.sleep(delay)
    print(f"{name}: done, cancelling my own task")
    asyncio.current_task().cancel()
    await asyncio.sleep(0)  # CancelledError is delivered here
    print(f"{name}: never printed")


async def main():
    results = await asyncio.gather(worker("a", 0.1), worker("b", 0.2))
    print("results:", results)


asyncio.run(main())
