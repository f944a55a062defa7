# current_task() and get_running_loop() need a running loop.
import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("get_running_loop:", e)
try:
    asyncio.current_task()
except RuntimeError as e:
    print("current_task:", e)


async def main():
    return asyncio.current_task() is not None


print(asyncio.run(main()))
