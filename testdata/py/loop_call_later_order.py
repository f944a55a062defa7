# call_later timers fire in deadline order; their handles can be cancelled.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()

    def fire(name):
        print(f"{name} at {round(loop.time() - start, 1)}")

    loop.call_later(0.3, fire, "c")
    loop.call_later(0.1, fire, "a")
    h = loop.call_later(0.2, fire, "b (cancelled)")
    loop.call_later(0.22, fire, "b2")
    h.cancel()
    print("handle cancelled:", h.cancelled())
    await asyncio.sleep(0.5)
    print("done")


asyncio.run(main())
