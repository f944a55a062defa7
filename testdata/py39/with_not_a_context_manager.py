# A with statement on an object that is not a context manager: 3.11's
# TypeError, 3.7's AttributeError naming the missing method.
import asyncio
import contextlib


class OnlyEnter:
    def __enter__(self):
        return self


class OnlyAenter:
    async def __aenter__(self):
        return self


for mgr in [(contextlib.suppress(), contextlib.suppress()), OnlyEnter()]:
    try:
        with mgr:
            pass
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)


async def main():
    for mgr in [contextlib.suppress(), OnlyAenter()]:
        try:
            async with mgr:
                pass
        except (AttributeError, TypeError) as e:
            print(type(e).__name__, e)


asyncio.run(main())
