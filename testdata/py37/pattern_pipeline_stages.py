# A three-stage pipeline connected by bounded queues; a sentinel flows
# through to stop each stage.
import asyncio

DONE = object()


async def produce(out):
    for i in range(5):
        await out.put(i)
        print("produced", i)
    await out.put(DONE)


async def transform(inp, out):
    while (item := await inp.get()) is not DONE:
        await asyncio.sleep(0.1)
        await out.put(item * 10)
    await out.put(DONE)


async def consume(inp, results):
    while (item := await inp.get()) is not DONE:
        print("consumed", item)
        results.append(item)


async def main():
    q1, q2 = asyncio.Queue(2), asyncio.Queue(2)
    results = []
    await asyncio.gather(produce(q1), transform(q1, q2), consume(q2, results))
    print(results)


asyncio.run(main())
