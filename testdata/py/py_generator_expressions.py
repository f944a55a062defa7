# Generator expressions are lazy and single-use.
nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(n * n for n in nums))
print(max(n for n in nums if n % 2 == 0))
print(any(n > 8 for n in nums), all(n > 0 for n in nums))
gen = (n * 10 for n in nums[:3])
print(next(gen), list(gen), list(gen))
print(", ".join(str(n) for n in sorted(set(nums))))
print(tuple(c.upper() for c in "abc"))
