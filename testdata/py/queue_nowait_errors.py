# put_nowait on a full queue raises QueueFull; get_nowait on an empty queue
# raises QueueEmpty; task_done too often raises ValueError.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    q.put_nowait("a")
    q.put_nowait("b")
    print("full:", q.full(), "qsize:", q.qsize(), "maxsize:", q.maxsize)
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull")
    print(q.get_nowait(), q.get_nowait(), "empty:", q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.task_done()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
