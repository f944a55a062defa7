# A tiny publish/subscribe hub built on Events, with one slow subscriber.
import asyncio


class Hub:
    def __init__(self):
        self.subscribers = []

    def subscribe(self, name):
        q = asyncio.Queue()
        self.subscribers.append((name, q))
        return q

    def publish(self, msg):
        for _, q in self.subscribers:
            q.put_nowait(msg)


async def listener(name, q, delay, done):
    while (msg := await q.get()) != "bye":
        await asyncio.sleep(delay)
        print(f"{name} handled {msg}")
    done.append(name)


async def main():
    hub = Hub()
    done = []
    tasks = [asyncio.create_task(listener(n, hub.subscribe(n), d, done)) for n, d in [("fast", 0.01), ("slow", 0.25)]]
    for msg in ["m1", "m2", "bye"]:
        hub.publish(msg)
        await asyncio.sleep(0.1)
    await asyncio.gather(*tasks)
    print("finished:", done)


asyncio.run(main())
