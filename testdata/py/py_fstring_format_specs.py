# f-strings with format specifications.
pi = 3.14159265
n = 1234567
name = "ada"
print(f"{pi:.2f}|{pi:8.3f}|{pi:<8.1f}|{pi:^9.2f}|{pi:+.1f}")
print(f"{n:,}|{n:_}|{n:>12,}|{n:012d}|{n:x}|{n:X}|{n:o}|{n:b}")
print(f"{255:#x}|{255:#o}|{5:#b}|{0.5:%}|{0.125:.1%}")
print(f"{name:>6}|{name:<6}|{name:^7}|{name:*^9}|{name!r:>8}")
print(f"{1e10:e}|{12345.678:.2e}|{0.000123:g}|{1234567.0:g}")
width, prec = 10, 3
print(f"{pi:{width}.{prec}f}|")
print(f"{-42:5d}|{42:<5d}|{42:^5}|{-3.5:07.2f}")
print(f"{'left':<10}{'right':>10}")
print(f"{{literal braces}} {n % 100}")
