# want-exit: 1
# want-stderr: \nRecursionError: maximum recursion depth exceeded\n$
import asyncio
async def f():
    await f()
asyncio.run(f())
