# Formatting floats in tables.
rows = [("apples", 3, 0.5), ("melons", 1, 2.75), ("cherries", 120, 0.035)]
total = 0
for name, qty, price in rows:
    cost = qty * price
    total += cost
    print(f"{name:<10}{qty:>5}{price:>8.3f}{cost:>9.2f}")
print(f"{'total':<10}{total:>22.2f}")
print(format(1234.5678, ",.2f"), format(0.5, ".0%"), format(3, "05.1f"))
print(str(1.0), str(1.25), "{:.3g}".format(0.0001234), "{:10.4f}|".format(3.14159))
print("{} and {}".format("x", 1.5), "{1}{0}".format("a", "b"), "{k}".format(k=2.0))
