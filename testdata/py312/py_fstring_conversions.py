# f-string conversions and the = specifier.
x = 42
s = "héllo"
items = [1, "two", 3.0]
print(f"{s!r} {s!s} {s:>7}|")
print(f"{x=} {s=} {items=}")
print(f"{x * 2 = }")
print(f"{items[1]!r:>8}|")
print(f"{'nested ' + f'{x:03}'}")
print(f"{3.0} {1/3} {2/3:.4} {10/4}")
print(f"{True} {None} {[]} {()} {{}}")
