# want-exit: 1
# want-stderr: \nValueError: Exceeds the limit \(4300 digits\) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits\(\) to increase the limit\n$
int("1" * 5000)
