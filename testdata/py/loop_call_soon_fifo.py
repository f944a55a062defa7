# call_soon callbacks run in FIFO order; a callback scheduled while the
# ready queue is being drained runs in the next iteration; a due call_later(0)
# timer runs after the call_soon callbacks already queued.
import asyncio


async def main():
    loop = asyncio.get_running_loop()

    def cb(name, then=None):
        print("cb", name)
        if then:
            loop.call_soon(cb, then)

    loop.call_later(0, cb, "later0")
    loop.call_soon(cb, "s1", "s1-child")
    loop.call_soon(cb, "s2")
    print("main: scheduled; sleep(0)")
    await asyncio.sleep(0)
    print("main: resumed")
    await asyncio.sleep(0)
    print("main: resumed again")


asyncio.run(main())
