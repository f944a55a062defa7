# The Future API: set_result, set_exception, result, exception, done,
# cancelled, and InvalidStateError on misuse.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print("done:", f.done(), "cancelled:", f.cancelled())
    f.set_result(10)
    print("result:", f.result(), "exception:", f.exception())
    try:
        f.set_result(11)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    g = loop.create_future()
    g.set_exception(ValueError("bad value"))
    print("exception:", repr(g.exception()))
    try:
        g.result()
    except ValueError as e:
        print("result() raised", repr(e))
    h = loop.create_future()
    print("cancel:", h.cancel("why not"), "again:", h.cancel())
    try:
        h.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        h.result()
    except asyncio.CancelledError as e:
        print("cancelled future result():", repr(e))


asyncio.run(main())
