# want-exit: 1
# want-stderr: \nValueError: Exceeds the limit \(4300 digits\) for integer string conversion; use sys.set_int_max_str_digits\(\) to increase the limit\n$
# CPython 3.11 refuses to turn an int of more than 4300 digits into text.
x = 10**5000
print(len(bin(x)))
print(str(x))
