# Timers that schedule further timers, on the virtual clock.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    done = loop.create_future()

    def step(n):
        print(f"step {n} at {round(loop.time() - start, 1)}")
        if n < 4:
            loop.call_later(0.1 * n, step, n + 1)
        else:
            done.set_result(n)

    loop.call_later(0.1, step, 1)
    print("finished after", await done, "steps")


asyncio.run(main())
