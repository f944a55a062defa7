# Chained comparisons, `in`, `is`, and boolean operators that return operands.
x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5 > 4, 1 < x < 3)
print("a" < "b" < "c", [1, 2] < [1, 3], (1, 2) == (1, 2), "abc" < "abd")
print(3 in [1, 2, 3], "b" in "abc", "k" in {"k": 1}, 4 not in {1, 2})
print(None is None, [] is not [], 0 == False, "" == False)
print(0 or "default", "" or [] or 0, 3 and 4, 0 and 4, not 0, not [1])
print(None or 0 or "last", 1 and "yes" or "no", 0 and "yes" or "no")
a = [1]
b = a
print(a is b, a == [1], a is [1] == False)
