# Each task runs in a copy of the context of the code that created it: a
# value set inside a task stays there, and set() in the parent after the
# task is made does not reach it.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")
user = contextvars.ContextVar("user")


async def handler(n):
    print(f"handler {n} starts with request_id={request_id.get()}")
    request_id.set(f"req-{n}")
    await asyncio.sleep(0.1 * n)
    print(f"handler {n} ends with request_id={request_id.get()} user={user.get('?')}")
    return request_id.get()


async def main():
    token = request_id.set("main")
    first = asyncio.create_task(handler(1))
    request_id.set("main-later")
    second = asyncio.create_task(handler(2))
    print(await asyncio.gather(first, second))
    print("main sees", request_id.get())
    request_id.reset(token)
    print("after reset", request_id.get())
    try:
        user.get()
    except LookupError:
        print("user: LookupError")
    ctx = contextvars.copy_context()
    ctx.run(user.set, "alice")
    print("copy has user", ctx[user], "- current has", user.get("nobody"))
    print(len(ctx), user in ctx, ctx.get(request_id))
    task = asyncio.create_task(handler(3), context=ctx)
    await task
    print("ctx after task:", ctx[request_id])
    t2 = request_id.set("x")
    print(t2.old_value, token.old_value is contextvars.Token.MISSING, t2.var is request_id)
    try:
        request_id.reset(token)
    except RuntimeError:
        print("RuntimeError: token used twice")


asyncio.run(main())
