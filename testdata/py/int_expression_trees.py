# Nested int operations: results that leave 64 bits in the middle of an
# expression, mixed int/float/bool operands, classes that overload the
# operators, and an error raised deep inside an expression (its caret line
# underlines the operation that raised).
import asyncio

big = 2**62
print((big * 4 + 1) % 7, (big * 4) // 3 - big, (big + big + big) >> 60)
print((3 * 5 + 2.5) * 2, (True + 2) * 3, (7 // 2 + True) % 3, -(-9 // 4) * 2)
print((1 << 62) * 2 - 1, ((1 << 63) - 1) + 1, (-(2**63)) // -1 + 0)
print((10 - 3) ** 2 + 1, (17 % -5) * 3, (-17 % 5) * 3, (-17 // 5) - 1)
print((6 & 3 | 8) ^ 1, (5 << 2) >> 1, ((2**64) >> 1) - 2**63)


class Meters:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return Meters(self.n + other + 1000)

    def __radd__(self, other):
        return other * 10 + self.n

    def __mul__(self, other):
        return "mul(%d, %d)" % (self.n, other)


m = Meters(5)
print((m + 2) * 3, m * 2 + "!", type(m + 1).__name__, (3 * 4 + m) % 100)
try:
    print(2 * 3 + m * 2)
except TypeError as e:
    print("TypeError:", e)

acc = 1
for i in range(1, 40):
    acc = (acc * 31 + i * 977) % 1_000_003
    acc += i * i * i
print(acc)

total = 0
for i in range(1, 60):
    total += i * 2**57
print(total)

s = "ab"
print(s * 2 * 3, [0] * 2 * 2)


async def crunch(n, d):
    acc = 0
    for i in range(n):
        acc = (acc * 7 + i) % (d - i)
    return acc


async def main():
    try:
        print(await crunch(3, 10))
        print(await crunch(5, 3))
    except ZeroDivisionError as e:
        print("caught:", e)
    x = 4
    return (x * 3 + 1) // (x - 4)


asyncio.run(main())
