# call_soon handles can be cancelled; callbacks take positional args only.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_soon(print, "one", "two")
    h2 = loop.call_soon(print, "cancelled handle")
    h2.cancel()
    loop.call_later(-1, print, "negative delay runs after the ready callbacks")
    loop.call_soon(print, "three")
    try:
        loop.call_soon(print, "x", sep="-")
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.sleep(0)
    print("h1 cancelled:", h1.cancelled(), "| h2 cancelled:", h2.cancelled())


asyncio.run(main())
