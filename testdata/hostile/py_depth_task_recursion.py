# want-exit: 1
# want-stderr: \nRecursionError: maximum recursion depth exceeded
import asyncio
async def f(n):
    return await f(n + 1)
async def main():
    await asyncio.create_task(f(0))
asyncio.run(main())
