# Tasks can add more tasks to the group while it is running.
import asyncio


async def crawl(tg, url, depth, seen):
    await asyncio.sleep(0.1)
    seen.append(url)
    if depth < 2:
        for i in range(2):
            tg.create_task(crawl(tg, f"{url}/{i}", depth + 1, seen))


async def main():
    seen = []
    async with asyncio.TaskGroup() as tg:
        tg.create_task(crawl(tg, "root", 0, seen))
    print(len(seen), "pages")
    for url in seen:
        print(url)


asyncio.run(main())
