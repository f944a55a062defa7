# Slicing of lists, strings and tuples, with steps and negative indices.
xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[:-7])
print(xs[::2], xs[1::3], xs[::-1], xs[8:2:-2])
print(xs[100:], xs[-100:2], xs[5:5])
s = "abcdefgh"
print(s[1:4], s[::-1], s[-2:], s[::3])
t = (1, 2, 3, 4)
print(t[1:3], t[::-1])
ys = xs[:]
ys[2:5] = ["a", "b"]
print(ys)
ys[::2] = [0] * len(ys[::2])
print(ys)
del ys[::3]
print(ys)
