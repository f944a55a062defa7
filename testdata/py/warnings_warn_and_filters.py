# warnings.warn prints "file:line: Category: message" and the source line to
# stderr, once per location by default; filters change that. A coroutine
# never awaited goes through the same filters.
import asyncio
import warnings


def old_api(x):
    warnings.warn("old_api() is deprecated, use new_api()", DeprecationWarning, stacklevel=2)
    return x * 2


def noisy():
    warnings.warn("something looks off")


async def work():
    await asyncio.sleep(0)


async def main():
    for i in range(3):
        print(old_api(i))
        noisy()
    warnings.warn("a runtime problem", RuntimeWarning)
    warnings.simplefilter("ignore", RuntimeWarning)
    work()
    warnings.simplefilter("always", UserWarning)
    for _ in range(2):
        noisy()
    warnings.filterwarnings("error", message="fatal")
    try:
        warnings.warn("fatal: stop here")
    except UserWarning as e:
        print("caught", type(e).__name__, e)
    warnings.warn(UserWarning("an instance"))
    warnings.resetwarnings()
    work()
    print("done")


asyncio.run(main())
