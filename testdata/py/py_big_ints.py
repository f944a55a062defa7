# Arbitrary-precision integers.
print(2 ** 100)
print(3 ** 50 * 7 ** 30)
n = 1
for i in range(1, 31):
    n *= i
print("30! =", n)
print(n // 10 ** 20, n % 1000003, -n // 7, -n % 7)
print(divmod(-(2 ** 70), 3))
print((2 ** 64) - 1 == 18446744073709551615, len(str(2 ** 1000)))
print(int("123456789012345678901234567890") + 1)
print(hex(2 ** 70), bin(2 ** 10), oct(8 ** 5))
print(abs(-(10 ** 25)), pow(2, 100, 97), (-7) // 2, (-7) % 2, 7 // -2)
print(1 << 80, (1 << 80) >> 77, 0xFF & 0x0F, 6 | 9, 6 ^ 3, ~5)
