# wait_for with a timeout in 3.7; the inner coroutine is cancelled and its
# finally block runs before TimeoutError is raised.
import asyncio


async def slow():
    try:
        await asyncio.sleep(5)
    finally:
        print("slow: finally")


async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.5)
    except asyncio.TimeoutError as e:
        print("TimeoutError", repr(e), "cause:", e.__cause__)
    print(await asyncio.wait_for(asyncio.sleep(0.1, "in time"), 1))


asyncio.run(main())
