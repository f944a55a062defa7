# Infinity and NaN in arithmetic and comparisons.
inf = float("inf")
nan = float("nan")
print(inf + 1, -inf, inf * 0, inf - inf, 1 / inf)
print(nan == nan, nan != nan, nan < 1, inf > 10 ** 400, max(3, inf))
print(repr(inf), str(-inf), f"{inf:.2f}", f"{nan:>5}")
print(float("-inf") < 0 < float("inf"), sorted([3, inf, -inf, 0]))
print(round(2.5e-3, 3), 1e308 * 10, -1e308 * 10)
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
int(nan)
