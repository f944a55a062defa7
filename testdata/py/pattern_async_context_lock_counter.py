# A shared counter updated with and without a lock across awaits.
import asyncio


async def unsafe_inc(state):
    v = state["n"]
    await asyncio.sleep(0)
    state["n"] = v + 1


async def safe_inc(state, lock):
    async with lock:
        v = state["n"]
        await asyncio.sleep(0)
        state["n"] = v + 1


async def main():
    state = {"n": 0}
    await asyncio.gather(*(unsafe_inc(state) for _ in range(10)))
    print("without lock:", state["n"])
    state = {"n": 0}
    lock = asyncio.Lock()
    await asyncio.gather(*(safe_inc(state, lock) for _ in range(10)))
    print("with lock:", state["n"])


asyncio.run(main())
