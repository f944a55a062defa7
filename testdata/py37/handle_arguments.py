# A Handle made by the program checks its arguments as CPython's __init__ does.
import asyncio
try:
    asyncio.Handle()
except TypeError as e:
    print("TypeError:", e)
try:
    asyncio.TimerHandle()
except TypeError as e:
    print("TypeError:", e)
