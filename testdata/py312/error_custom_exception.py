# A custom exception class with its own __init__ and __str__, uncaught in a
# task.
import asyncio


class PaymentError(Exception):
    def __init__(self, amount, reason):
        super().__init__(amount, reason)
        self.amount = amount
        self.reason = reason

    def __str__(self):
        return f"payment of {self.amount} failed: {self.reason}"


async def pay(amount):
    await asyncio.sleep(0.1)
    if amount > 100:
        raise PaymentError(amount, "limit exceeded")
    return "ok"


async def main():
    print(await pay(50))
    print(await pay(500))


asyncio.run(main())
