# Parenthesised context managers came in 3.9 (officially 3.10); 3.7 reads
# the parenthesis as an expression and fails at the first `as`.
import asyncio
import contextlib

async def main():
    with (contextlib.suppress(KeyError) as a, contextlib.suppress(ValueError) as b):
        await asyncio.sleep(0)
        print(a, b)

asyncio.run(main())
