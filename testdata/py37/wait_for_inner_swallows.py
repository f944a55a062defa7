# 3.7: even if the inner coroutine swallows the cancel and returns a value,
# wait_for raises TimeoutError.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn: swallowing")
        return "partial"


async def main():
    try:
        print("returned", await asyncio.wait_for(stubborn(), 0.1))
    except asyncio.TimeoutError:
        print("TimeoutError anyway")


asyncio.run(main())
