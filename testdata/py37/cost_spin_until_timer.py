# A task spins on `await asyncio.sleep(0)` until a call_later timer sets a
# flag. Every pass of the loop takes CPU time, so the timer comes due and the
# spin ends; a clock that stood still while code ran would spin for ever.
import asyncio

flag = False


def set_flag():
    global flag
    flag = True
    print("timer fired")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    loop.call_later(0.1, set_flag)
    spins = 0
    while not flag:
        spins += 1
        await asyncio.sleep(0)
    print("spun", "more than once" if spins > 1 else "once", "until the flag was set")
    print("at least 0.1 s passed:", loop.time() - start >= 0.1)


asyncio.run(main())
