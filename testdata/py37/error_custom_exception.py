# 3.7 prints custom exception names qualified with __main__.
import asyncio


class PaymentError(Exception):
    pass


async def pay(amount):
    await asyncio.sleep(0.1)
    if amount > 100:
        raise PaymentError("limit exceeded for %d" % amount)
    return "ok"


async def main():
    print(await pay(10))
    print(await pay(500))


asyncio.run(main())
