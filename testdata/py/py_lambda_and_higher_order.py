# lambda with map, filter, sorted and functions returning functions.
nums = [5, 3, 8, 1, 9, 2]
print(list(map(lambda n: n * n, nums)))
print(list(filter(lambda n: n % 2, nums)))
print(sorted(nums, key=lambda n: -n))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
pairs = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(pairs, key=lambda p: (p[1], p[0])))
print((lambda *a, **k: (a, k))(1, 2, x=3))
