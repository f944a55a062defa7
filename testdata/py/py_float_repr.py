# Float repr is the shortest string that round-trips.
print(0.1 + 0.2, 1 / 3, 2 / 3, 10 / 4, 1e16, 1e15, 123456789.0 * 10)
print(1.0, -0.0, 1e-5, 0.0001, 1e22, 1.5e300 * 1e10, -1.5e300 * 1e10)
print(float("nan"), float("inf"), 3.0 * 1.1, 100.0 / 3)
print(repr(2.5), str(1e100), 0.1 * 3, 4.35 * 100)
print(int(3.99), int(-3.99), float(7), float("  2.5 "), 7 / 7)
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5))
print(2 ** 0.5, 10 ** -2, 2 ** -1, 9 ** 0.5)
print(sum([0.1] * 10), 1.1 + 2.2, 3.3 * 3)
