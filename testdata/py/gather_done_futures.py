# gather() of futures that are already done: from 3.12 gather runs their
# done callbacks before it returns, so a gather whose children are all done
# (or one failed) is done at once; before 3.12 the callbacks wait for the loop.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result(1)
    p = loop.create_future()
    g = asyncio.gather(f)
    print("gather of a done future done at once:", g.done())
    h = asyncio.gather(f, p)
    p.set_result(2)
    print(await g, await h)
    e = loop.create_future()
    e.set_exception(ValueError("boom"))
    g2 = asyncio.gather(e, p)
    print("failed at once:", g2.done())
    try:
        await g2
    except ValueError as exc:
        print("caught", exc)

asyncio.run(main())
