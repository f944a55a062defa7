# Timers that schedule further timers, on the virtual clock (times are
# printed to the nearest half second, so real-clock jitter cannot change them).
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    done = loop.create_future()

    def step(n):
        print(f"step {n} at {round((loop.time() - start) * 2) / 2}")
        if n < 4:
            loop.call_later(0.5 * n, step, n + 1)
        else:
            done.set_result(n)

    loop.call_later(0.5, step, 1)
    print("finished after", await done, "steps")


asyncio.run(main())
