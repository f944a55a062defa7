# Common list methods and in-place operations.
xs = [3, 1, 4]
xs.append(1)
xs.extend([5, 9])
xs.insert(0, 2)
print(xs, len(xs))
print(xs.pop(), xs.pop(0), xs)
xs.remove(1)
print(xs, xs.index(4), xs.count(1))
xs.sort()
print(xs)
xs.sort(reverse=True)
print(xs)
xs.reverse()
print(xs)
ys = xs.copy()
ys[0] = 100
print(xs, ys)
xs += [7]
xs *= 2
print(xs)
del xs[1:3]
print(xs)
xs.clear()
print(xs, [0] * 3, [[]] * 2)
try:
    xs.remove(42)
except ValueError as e:
    print("ValueError:", e)
