# divmod, round (banker's rounding), abs, pow, and integer division signs.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(7.5, 2))
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(1234, -2), round(1250, -2))
print(round(0.125, 2), round(0.375, 2), type(round(2.7)).__name__, round(2.7, 0))
print(abs(-7), abs(3.5), abs(-0.0), pow(2, 10), pow(2, -1), 2 ** -2)
print(17 // 5, -17 // 5, 17 % -5, -17 % 5, 7.0 // 2, -7.5 % 2)
print(max(1, 2.5), min(-1, -1.0), 3 == 3.0, int(True) + True)
