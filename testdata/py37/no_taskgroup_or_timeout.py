# 3.7 has no TaskGroup and no asyncio.timeout.
import asyncio

for name in ("TaskGroup", "timeout", "timeout_at", "gather", "shield", "wait_for"):
    print(name, hasattr(asyncio, name))
asyncio.TaskGroup()
