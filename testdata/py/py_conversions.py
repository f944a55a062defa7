# Conversions between int, float, str, bool, list and tuple.
print(int("42"), int("-7"), int("ff", 16), int("0b101", 0), int(" 12 "), int(3.9))
print(float("3.5"), float("-1e3"), float(2), str(3.0), str(-0.5), str(10 ** 20))
print(bool(0), bool(""), bool([]), bool("0"), bool([0]), bool(None), bool(0.0))
print(list("abc"), tuple([1, 2]), list((1, 2)), list({"a": 1}), list(range(3)))
print(str(True), int(False), repr(None), str(None), chr(65), ord("a"))
print(int("1_000"), float("1_0.5"), str(1_000_000), hex(255), int("z", 36))
try:
    int("3.5")
except ValueError as e:
    print("ValueError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
