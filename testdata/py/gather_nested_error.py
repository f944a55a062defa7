# An error deep in a nested gather reaches the outer awaiter first.
import asyncio


async def leaf(tag, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"leaf {tag} failed")
    print("leaf", tag, "ok")
    return tag


async def main():
    inner = asyncio.gather(leaf("a", 0.1), leaf("b", 0.2, fail=True))
    try:
        await asyncio.gather(inner, leaf("c", 0.5))
    except RuntimeError as e:
        print("caught:", e)
    print("inner done:", inner.done(), "| inner exception:", repr(inner.exception()))
    await asyncio.sleep(1)


asyncio.run(main())
