# Arithmetic across int, bool and float; operator precedence.
print(7 / 2, 7 // 2, 7 % 3, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)
print(True + True, True * 10, 1 + 2.0, 3 * "ab", [0] * 2 + [1])
print(10 - 2 - 3, 2 * 3 + 4, 2 * (3 + 4), 100 / 10 / 5, 17 % 5 * 2)
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9, 1 == 1.0, 5 // 2.0)
x = 10
x += 5
x -= 3
x *= 2
x //= 5
x **= 3
x %= 7
print(x)
s = "a"
s += "b"
s *= 2
print(s)
