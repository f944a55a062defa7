# asyncio.Runner keeps one loop and one context for several run() calls;
# leaving the with block shuts the loop down as asyncio.run does.
import asyncio
import contextvars

step = contextvars.ContextVar("step", default=0)


async def work(name, delay):
    await asyncio.sleep(delay)
    step.set(step.get() + 1)
    loop = asyncio.get_running_loop()
    return f"{name} at step {step.get()}"


async def leftover():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("leftover cancelled at shutdown")
        raise


async def start_leftover():
    asyncio.create_task(leftover())
    await asyncio.sleep(0)


with asyncio.Runner() as runner:
    loop = runner.get_loop()
    print(runner.run(work("first", 0.1)))
    print(runner.run(work("second", 0.2)))
    print("same loop:", runner.get_loop() is loop, "closed:", loop.is_closed())
    runner.run(start_leftover())
print("closed:", loop.is_closed())
print("outside the runner the context is untouched:", step.get())

late = work("late", 0)
try:
    runner.run(late)
except RuntimeError as e:
    print("RuntimeError:", e)
    late.close()

r = asyncio.Runner()
print(r.run(work("fresh", 0)), "then close")
r.close()
r.close()
try:
    r.get_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.Runner().run(42)
except ValueError as e:
    print("ValueError:", e)

