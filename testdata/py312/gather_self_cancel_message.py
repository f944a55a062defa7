# Self-cancel with a message: in 3.11 the child's own CancelledError (with its
# message) travels through gather and out of asyncio.run.
import asyncio


async def poll(n):
    for i in range(n):
        print(f"poll({n}) round {i}")
        await asyncio.sleep(0.1)
        if i == 1 and n == 3:
            asyncio.current_task().cancel("quota exceeded")
    return n


async def main():
    print(await asyncio.gather(poll(2), poll(3), poll(4)))


asyncio.run(main())
